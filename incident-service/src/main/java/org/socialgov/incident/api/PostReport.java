package org.socialgov.incident.api;

import java.time.Instant;
import java.util.List;

/**
 * What a reporter says about a post: where and when it appeared, what it said, how far it spread and what it may
 * concern. {@code authorHandle} and {@code excerpt} are other people's personal data: read on a need-to-know basis.
 */
public record PostReport(SocialPlatform platform, String postUrl, String authorHandle, Instant postedAt,
                         Instant seenAt, String excerpt, Evidence evidence, Sentiment sentiment,
                         IncidentCategory category, Reach reach, List<Integer> policyRules, String contractId) {

    public PostReport {
        policyRules = policyRules == null ? List.of() : List.copyOf(policyRules);
    }
}
