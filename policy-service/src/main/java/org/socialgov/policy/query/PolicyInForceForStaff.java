package org.socialgov.policy.query;

import java.time.Instant;
import java.util.List;

import org.socialgov.policy.api.PublishedVersion;
import org.socialgov.policy.api.Standing;

/**
 * The company's policy in force as a person on its staff reads it: which policy and version to acknowledge, and the
 * versions that person has acknowledged (theirs only).
 */
public record PolicyInForceForStaff(String policyId, String title, PublishedVersion inForce, String personId,
                                    Standing standing, List<OwnAcknowledgement> acknowledgements) {

    public boolean inForceAcknowledged() {
        return acknowledgements.stream().anyMatch(own -> own.versionNo() == inForce.versionNo());
    }

    /** One version the person acknowledged, when and from where. */
    public record OwnAcknowledgement(int versionNo, Instant acknowledgedAt, String channel) {
    }
}
