package org.socialgov.policy.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The person holds a new standing from {@code since}; for a former employee, they rejoined with it. */
public record ChangeStandingCommand(@TargetAggregateIdentifier String staffMemberId, String tenant,
                                    Standing standing, LocalDate since, LocalDate recordedOn,
                                    @TargetAggregateVersion Long expectedVersion) {
}
