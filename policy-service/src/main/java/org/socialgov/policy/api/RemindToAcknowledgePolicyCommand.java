package org.socialgov.policy.api;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The reminder watch asks a person's staff record, at {@code now}, whether the reminder to acknowledge published
 * version {@code versionNo} of the policy (published on {@code publishedOn}) is due.
 */
public record RemindToAcknowledgePolicyCommand(@TargetAggregateIdentifier String staffMemberId, String tenant,
                                               String policyId, int versionNo, LocalDate publishedOn,
                                               Instant now) {
}
