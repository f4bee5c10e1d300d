package org.socialgov.policy.api;

import java.time.LocalDate;

import org.socialgov.platform.process.ReminderEvent;

/** The policy's periodic review, due on {@code dueOn}, has not been recorded by the end of that day. */
public record PolicyReviewOverdueEvent(String policyId, String tenant, LocalDate dueOn) implements ReminderEvent {
}
