package org.socialgov.policy.domain;

import java.util.List;

import org.socialgov.policy.api.Guideline;
import org.socialgov.policy.api.Standing;

/**
 * Which rules bind a person of a given standing: officers and employees, regular or not, are bound by every rule;
 * people who have left only by the rules that survive departure.
 */
public final class GuidelineApplicability {

    private GuidelineApplicability() {
    }

    public static List<Guideline> binding(List<Guideline> guidelines, Standing standing) {
        return standing.current() ? guidelines
            : guidelines.stream().filter(Guideline::survivesDeparture).toList();
    }
}
