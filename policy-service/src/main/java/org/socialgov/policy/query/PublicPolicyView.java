package org.socialgov.policy.query;

import java.util.List;

import org.socialgov.policy.api.PublishedVersion;

/** A company's policy as the public reads it: the version in force and the active official accounts. */
public record PublicPolicyView(String tenant, String title, PublishedVersion version,
                               List<OfficialAccountView> officialAccounts) {
}
