package org.socialgov.console.policyadmin;

import io.micronaut.core.annotation.Nullable;

/** One person on the roster with their trainings, the training form, and what the last form did. */
public record PersonPage(StaffRoster.Member member, TrainingInput training, Refusal refusal,
                         @Nullable String notice) {
}
