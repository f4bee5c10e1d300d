package org.socialgov.policy.query;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.axonframework.queryhandling.QueryHandler;
import org.socialgov.platform.axon.AggregateReader;
import org.socialgov.platform.axon.AxonMessageHandlers;
import org.socialgov.platform.axon.NoSuchAggregateException;
import org.socialgov.platform.axon.PointInHistory;
import org.socialgov.policy.api.Acknowledgement;
import org.socialgov.policy.api.FindApplicableGuidelinesQuery;
import org.socialgov.policy.api.FindComplianceReportQuery;
import org.socialgov.policy.api.FindPolicyQuery;
import org.socialgov.policy.api.PublishedVersion;
import org.socialgov.policy.api.Standing;
import org.socialgov.policy.domain.GuidelineApplicability;
import org.socialgov.policy.domain.PolicyIds;
import org.socialgov.policy.domain.PolicyNotFoundException;
import org.socialgov.policy.domain.PolicyState;
import org.socialgov.policy.domain.SocialMediaPolicy;

/** Answers questions about a tenant's policy from its own event stream, and the roster where people are involved. */
@AxonMessageHandlers
public class PolicyQueryHandler {

    private final AggregateReader aggregateReader;
    private final StaffRoster roster;

    public PolicyQueryHandler(AggregateReader aggregateReader, StaffRoster roster) {
        this.aggregateReader = aggregateReader;
        this.roster = roster;
    }

    @QueryHandler
    public PolicyView handle(FindPolicyQuery query) {
        Function<SocialMediaPolicy, PolicyState> visible = policy -> visibleTo(query, policy.state());
        AggregateReader.Versioned<PolicyState> read = query.version() == null && query.asOf() == null
            ? aggregateReader.read(SocialMediaPolicy.class, query.policyId(), visible)
            : aggregateReader.readAsOf(SocialMediaPolicy.class, query.policyId(),
                new PointInHistory(query.version(), query.asOf()), visible);
        return new PolicyView(read.value(), read.version());
    }

    /** The company's policy as it stands now, if it has started one; for answers that must not say which. */
    Optional<PolicyState> ofTenant(String tenant) {
        try {
            PolicyState policy = aggregateReader.read(SocialMediaPolicy.class, PolicyIds.forTenant(tenant),
                SocialMediaPolicy::state).value();
            return Optional.of(policy).filter(found -> found.tenant().equals(tenant));
        } catch (NoSuchAggregateException e) {
            return Optional.empty();
        }
    }

    @QueryHandler
    public ApplicableGuidelines handle(FindApplicableGuidelinesQuery query) {
        PolicyState policy = handle(new FindPolicyQuery(query.policyId(), query.tenant(), null, null)).policy();
        PublishedVersion inForce = policy.inForceOn(query.on())
            .orElseThrow(() -> new PolicyNotFoundException("No version of the policy is in force on " + query.on()));
        Standing standing = query.personId() == null ? query.standing()
            : roster.find(query.tenant(), query.personId())
                .orElseThrow(() -> new PolicyNotFoundException("Nobody '" + query.personId() + "' on the roster"))
                .standing();
        return new ApplicableGuidelines(query.personId(), standing, inForce.versionNo(),
            GuidelineApplicability.binding(inForce.content().guidelines(), standing));
    }

    @QueryHandler
    public ComplianceReport handle(FindComplianceReportQuery query) {
        PolicyState policy = handle(new FindPolicyQuery(query.policyId(), query.tenant(), null, null)).policy();
        policy.publishedVersion(query.versionNo()).orElseThrow(() -> new PolicyNotFoundException(
            "The policy has no published version " + query.versionNo()));
        Map<String, Acknowledgement> acknowledged = policy.acknowledgementsOf(query.versionNo()).stream()
            .collect(Collectors.toMap(Acknowledgement::personId, Function.identity()));
        List<RosterEntry> staff = roster.of(query.tenant()).stream()
            .sorted(Comparator.comparing(RosterEntry::personId)).toList();
        List<ComplianceReport.Entry> onStaff = staff.stream().filter(person -> person.standing().current())
            .map(person -> new ComplianceReport.Entry(person.personId(), person.name(), person.standing(),
                acknowledged.containsKey(person.personId())
                    ? acknowledged.get(person.personId()).acknowledgedAt() : null))
            .toList();
        return new ComplianceReport(query.versionNo(),
            onStaff.stream().filter(entry -> entry.acknowledgedAt() != null).toList(),
            onStaff.stream().filter(entry -> entry.acknowledgedAt() == null).toList(),
            (int) staff.stream().filter(person -> !person.standing().current()).count());
    }

    /** Another company's policy does not exist as far as it can tell, at whatever point it asks about. */
    private static PolicyState visibleTo(FindPolicyQuery query, PolicyState policy) {
        if (!policy.tenant().equals(query.tenant())) {
            throw new NoSuchAggregateException(SocialMediaPolicy.class, query.policyId());
        }
        return policy;
    }
}
