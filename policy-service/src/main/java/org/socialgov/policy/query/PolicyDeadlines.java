package org.socialgov.policy.query;

import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.Projections;
import jakarta.inject.Singleton;
import org.socialgov.policy.api.StaffMemberId;
import org.socialgov.policy.domain.AcknowledgementReminders;
import org.socialgov.policy.domain.VersionToAcknowledge;

/**
 * Which policies and people the reminder watch asks about, read cheaply: the policy summaries (one small document per
 * company), each concerned policy's acknowledgements from its record, and the roster once for all companies. The
 * aggregates decide; this only leaves out those with certainly nothing due.
 */
@Singleton
public class PolicyDeadlines {

    /** A policy whose review falls due soon or is overdue, and whose overdue notice is not recorded yet. */
    public record ReviewToRemind(String policyId, String tenant) {
    }

    /** A person on staff who has not acknowledged the latest version, and was not reminded of it yet. */
    public record PendingAcknowledgement(String staffMemberId, String tenant, String policyId, int versionNo,
                                         LocalDate publishedOn) {
    }

    private final PolicySummaries summaries;
    private final StaffRoster roster;
    private final RecordedAcknowledgements acknowledgements;

    public PolicyDeadlines(PolicySummaries summaries, StaffRoster roster, RecordedAcknowledgements acknowledgements) {
        this.summaries = summaries;
        this.roster = roster;
        this.acknowledgements = acknowledgements;
    }

    /** The policies whose review is due on {@code lastDay} or before, overdue notice not yet recorded. */
    public List<ReviewToRemind> reviewsDueBy(LocalDate lastDay) {
        List<ReviewToRemind> found = new ArrayList<>();
        summaries.collection().find(lte(PolicySummaries.NEXT_REVIEW_DUE, lastDay.toString()))
            .projection(Projections.include(PolicySummaries.TENANT, PolicySummaries.NEXT_REVIEW_DUE,
                PolicySummaries.OVERDUE_NOTICE_FOR))
            .forEach(policy -> {
                if (!policy.getString(PolicySummaries.NEXT_REVIEW_DUE)
                    .equals(policy.getString(PolicySummaries.OVERDUE_NOTICE_FOR))) {
                    found.add(new ReviewToRemind(policy.getString(PolicySummaries.ID),
                        policy.getString(PolicySummaries.TENANT)));
                }
            });
        return found;
    }

    /**
     * The people on staff who have not acknowledged their company's latest version, published on
     * {@code publishedBy} or before (a later one cannot be overdue yet), and were not reminded of it yet.
     */
    public List<PendingAcknowledgement> acknowledgementsPublishedBy(LocalDate publishedBy) {
        Map<String, VersionToAcknowledge> versions = new LinkedHashMap<>();
        summaries.collection().find(ne(PolicySummaries.LATEST_PUBLISHED, null))
            .projection(Projections.include(PolicySummaries.TENANT))
            .forEach(policy -> acknowledgements.versionToAcknowledge(policy.getString(PolicySummaries.TENANT),
                    policy.getString(PolicySummaries.ID))
                .filter(version -> !version.publishedOn().isAfter(publishedBy))
                .ifPresent(version -> versions.put(version.tenant(), version)));
        Map<String, String> versionByTenant = new LinkedHashMap<>();
        versions.forEach((tenant, version) -> versionByTenant.put(tenant,
            AcknowledgementReminders.version(version.policyId(), version.versionNo())));
        List<PendingAcknowledgement> pending = new ArrayList<>();
        roster.onStaffNotRemindedOf(versionByTenant).forEach((tenant, people) -> {
            VersionToAcknowledge version = versions.get(tenant);
            people.stream().filter(version::pendingFor).sorted().forEach(personId -> pending.add(
                new PendingAcknowledgement(StaffMemberId.of(tenant, personId), tenant, version.policyId(),
                    version.versionNo(), version.publishedOn())));
        });
        return pending;
    }
}
