package org.socialgov.policy.api;

/**
 * One numbered rule of the employee guidelines. {@code survivesDeparture}: the rule still binds people who have left
 * (the confidentiality rules, in the example policy).
 */
public record Guideline(int number, String title, String text, GuidelineCategory category,
                        boolean survivesDeparture) {
}
