package org.socialgov.policy.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Starts the tenant's social media policy with its first draft. */
public record CreatePolicyCommand(@TargetAggregateIdentifier String policyId, String tenant, String title,
                                  LocalDate enactedOn, int reviewIntervalMonths, PolicyContent draft) {
}
