package org.socialgov.policy.api;

import java.time.LocalDate;

import org.socialgov.platform.process.ReminderEvent;

/**
 * The policy's periodic review falls due soon: it is due on {@code dueOn}, and {@code daysLeft} days remain to
 * review it (the due day included), the lead time this reminder was set for.
 */
public record PolicyReviewDueSoonEvent(String policyId, String tenant, LocalDate dueOn, int daysLeft)
    implements ReminderEvent {
}
