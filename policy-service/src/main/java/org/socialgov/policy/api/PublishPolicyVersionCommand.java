package org.socialgov.policy.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Publishes the draft, numbered {@code versionNo}, in force from {@code effectiveFrom}. */
public record PublishPolicyVersionCommand(@TargetAggregateIdentifier String policyId, String tenant, int versionNo,
                                          LocalDate effectiveFrom, @TargetAggregateVersion Long expectedVersion) {
}
