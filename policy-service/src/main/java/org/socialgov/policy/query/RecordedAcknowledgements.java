package org.socialgov.policy.query;

import java.util.Optional;

import jakarta.inject.Singleton;
import org.socialgov.platform.axon.AggregateReader;
import org.socialgov.platform.axon.NoSuchAggregateException;
import org.socialgov.policy.domain.PolicyAcknowledgements;
import org.socialgov.policy.domain.SocialMediaPolicy;
import org.socialgov.policy.domain.VersionToAcknowledge;

/** The acknowledgements of a company's policy, read from the policy's own events (from its snapshot on). */
@Singleton
public class RecordedAcknowledgements implements PolicyAcknowledgements {

    private final AggregateReader aggregateReader;

    public RecordedAcknowledgements(AggregateReader aggregateReader) {
        this.aggregateReader = aggregateReader;
    }

    @Override
    public boolean stillToAcknowledge(String tenant, String policyId, int versionNo, String personId) {
        return versionToAcknowledge(tenant, policyId)
            .filter(version -> version.versionNo() == versionNo && version.pendingFor(personId)).isPresent();
    }

    /** The policy's latest published version and who acknowledged it, if the company's policy has one. */
    Optional<VersionToAcknowledge> versionToAcknowledge(String tenant, String policyId) {
        try {
            return aggregateReader.read(SocialMediaPolicy.class, policyId, SocialMediaPolicy::versionToAcknowledge)
                .value().filter(version -> version.tenant().equals(tenant));
        } catch (NoSuchAggregateException e) {
            return Optional.empty();
        }
    }
}
