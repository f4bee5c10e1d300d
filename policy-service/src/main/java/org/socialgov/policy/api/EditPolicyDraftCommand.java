package org.socialgov.policy.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Replaces the content of version {@code versionNo}, which must be the draft, or the next number when there is no
 * draft (which starts one). A published version is never edited.
 */
public record EditPolicyDraftCommand(@TargetAggregateIdentifier String policyId, String tenant, int versionNo,
                                     PolicyContent content, @TargetAggregateVersion Long expectedVersion) {
}
