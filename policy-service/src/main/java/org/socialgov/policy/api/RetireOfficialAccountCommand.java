package org.socialgov.policy.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends an official account on {@code retiredOn}, for the reason given. */
public record RetireOfficialAccountCommand(@TargetAggregateIdentifier String accountId, String tenant,
                                           LocalDate retiredOn, String reason) {
}
