package org.socialgov.console.policyadmin;

import io.micronaut.core.annotation.Nullable;

/**
 * One version: its content, where it stands, and for a draft the publication form (with the API's refusal when
 * it refused to publish); and what the last form did.
 */
public record VersionPage(PolicyRecord policy, PolicyRecord.Version version, String state, PublishInput publish,
                          Refusal refusal, @Nullable String notice) {

    public String base() {
        return "/policy-admin/policies/" + policy.policyId() + "/versions/" + version.versionNo();
    }
}
