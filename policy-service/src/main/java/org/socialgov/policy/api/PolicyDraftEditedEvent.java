package org.socialgov.policy.api;

public record PolicyDraftEditedEvent(String policyId, int versionNo, PolicyContent content) {
}
