package org.socialgov.policy.config;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.socialgov.policy.domain.AcknowledgementReminders;
import org.socialgov.policy.domain.ReviewReminders;

/** The reminder rules the aggregates decide with, set up from the company's settings. */
@Factory
public class PolicyReminderRules {

    @Singleton
    ReviewReminders reviewReminders(PolicyReminderSettings settings) {
        return new ReviewReminders(settings.getReviewLeadDays());
    }

    @Singleton
    AcknowledgementReminders acknowledgementReminders(PolicyReminderSettings settings) {
        return new AcknowledgementReminders(settings.getAcknowledgementAfterDays());
    }
}
