package org.socialgov.policy.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A staff member confirms having read published version {@code versionNo}: who, when, and from where. */
public record AcknowledgePolicyVersionCommand(@TargetAggregateIdentifier String policyId, String tenant,
                                              int versionNo, String personId, Instant acknowledgedAt,
                                              String channel) {
}
