package org.socialgov.policy.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The person left the company on {@code leftOn}, and is a former employee from that day. */
public record RecordDepartureCommand(@TargetAggregateIdentifier String staffMemberId, String tenant,
                                     LocalDate leftOn, LocalDate recordedOn,
                                     @TargetAggregateVersion Long expectedVersion) {
}
