package org.socialgov.policy.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * The policy's latest published version, which everyone on staff is asked to acknowledge: when it was published, and
 * who has acknowledged it.
 */
public record VersionToAcknowledge(String policyId, String tenant, int versionNo, LocalDate publishedOn,
                                   Set<String> acknowledgedBy) {

    public VersionToAcknowledge {
        acknowledgedBy = Set.copyOf(acknowledgedBy);
    }

    public boolean pendingFor(String personId) {
        return !acknowledgedBy.contains(personId);
    }
}
