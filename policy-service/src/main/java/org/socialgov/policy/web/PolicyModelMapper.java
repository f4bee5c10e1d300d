package org.socialgov.policy.web;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.socialgov.policy.api.GuidelineCategory;
import org.socialgov.policy.api.PublishedVersion;
import org.socialgov.policy.api.Standing;
import org.socialgov.policy.domain.PolicyState;
import org.socialgov.policy.query.ApplicableGuidelines;
import org.socialgov.policy.query.ComplianceReport;
import org.socialgov.policy.query.PolicyInForceForStaff;
import org.socialgov.policy.query.PolicySummary;
import org.socialgov.policy.query.PolicyView;
import org.socialgov.policy.query.PublicPolicyView;
import org.socialgov.policy.web.generated.model.Acknowledgement;
import org.socialgov.policy.web.generated.model.Applicability;
import org.socialgov.policy.web.generated.model.ComplianceEntry;
import org.socialgov.policy.web.generated.model.Guideline;
import org.socialgov.policy.web.generated.model.OwnAcknowledgement;
import org.socialgov.policy.web.generated.model.Policy;
import org.socialgov.policy.web.generated.model.PolicyContent;
import org.socialgov.policy.web.generated.model.PolicyInForce;
import org.socialgov.policy.web.generated.model.PolicyVersion;
import org.socialgov.policy.web.generated.model.PublicAccount;
import org.socialgov.policy.web.generated.model.PublicPolicy;
import org.socialgov.policy.web.generated.model.Review;
import org.socialgov.policy.web.generated.model.ReviewRequestOutcome;

/** Between the API's models and the policy's own records, both ways. */
final class PolicyModelMapper {

    private PolicyModelMapper() {
    }

    static org.socialgov.policy.api.PolicyContent fromModel(PolicyContent content) {
        return new org.socialgov.policy.api.PolicyContent(content.getPurposes(), content.getOfficialStatementNote(),
            content.getQuestionsHandling(), Boolean.TRUE.equals(content.getPersonalUseWelcome()),
            content.getGuidelines().stream().map(rule -> new org.socialgov.policy.api.Guideline(rule.getNumber(),
                rule.getTitle(), rule.getText(), GuidelineCategory.valueOf(rule.getCategory().name()),
                Boolean.TRUE.equals(rule.getSurvivesDeparture()))).toList());
    }

    static Policy toModel(PolicyView view) {
        PolicyState policy = view.policy();
        List<PolicyVersion> versions = new ArrayList<>(policy.published().stream()
            .map(PolicyModelMapper::toModel).toList());
        if (policy.draft() != null) {
            versions.add(new PolicyVersion(policy.draftNo(), false, toModel(policy.draft())));
        }
        Policy model = new Policy(policy.policyId(), view.version(), policy.title(), policy.enactedOn(),
            policy.reviewIntervalMonths(), policy.nextReviewDue(), versions);
        if (policy.lastReview() != null) {
            PolicyState.LastReview review = policy.lastReview();
            model.setLastReview(new Review(review.reviewer(), review.reviewedOn(),
                ReviewRequestOutcome.valueOf(review.outcome().name())).notes(review.notes())
                .correctedFrom(review.correctedFrom()).correctionReason(review.correctionReason()));
        }
        return model;
    }

    static PolicyVersion toModel(PublishedVersion version) {
        return new PolicyVersion(version.versionNo(), true, toModel(version.content()))
            .effectiveFrom(version.effectiveFrom());
    }

    static PolicyContent toModel(org.socialgov.policy.api.PolicyContent content) {
        return new PolicyContent(content.purposes(), content.officialStatementNote(), content.questionsHandling(),
            content.personalUseWelcome(), toModel(content.guidelines()));
    }

    static List<Guideline> toModel(List<org.socialgov.policy.api.Guideline> guidelines) {
        return guidelines.stream().map(rule -> new Guideline(rule.number(), rule.title(), rule.text(),
            org.socialgov.policy.web.generated.model.GuidelineCategory.valueOf(rule.category().name()),
            rule.survivesDeparture())).toList();
    }

    static org.socialgov.policy.web.generated.model.PolicySummary toModel(PolicySummary summary,
                                                                          java.time.LocalDate today) {
        return new org.socialgov.policy.web.generated.model.PolicySummary(summary.policyId(), summary.title(),
            summary.nextReviewDue(), summary.reviewOverdue(today))
            .latestPublishedVersion(summary.latestPublishedVersion());
    }

    static Applicability toModel(ApplicableGuidelines applicable) {
        return new Applicability(toModel(applicable.standing()), toModel(applicable.guidelines()))
            .personId(applicable.personId()).versionNo(applicable.versionNo());
    }

    static org.socialgov.policy.web.generated.model.ComplianceReport toModel(ComplianceReport report) {
        return new org.socialgov.policy.web.generated.model.ComplianceReport(report.versionNo(), report.bound(),
            report.acknowledged().stream().map(PolicyModelMapper::toModel).toList(),
            report.pending().stream().map(PolicyModelMapper::toModel).toList(), report.percentAcknowledged(),
            report.formerStaff());
    }

    private static ComplianceEntry toModel(ComplianceReport.Entry entry) {
        return new ComplianceEntry(entry.personId(), entry.name(), toModel(entry.standing()))
            .acknowledgedAt(entry.acknowledgedAt() == null ? null : entry.acknowledgedAt().atOffset(ZoneOffset.UTC));
    }

    static Acknowledgement toModel(org.socialgov.policy.api.Acknowledgement acknowledgement) {
        return new Acknowledgement(acknowledgement.personId(), acknowledgement.acknowledgedAt()
            .atOffset(ZoneOffset.UTC)).channel(acknowledgement.channel());
    }

    static PolicyInForce toModel(PolicyInForceForStaff read) {
        return new PolicyInForce(read.policyId(), read.title(), read.personId(), toModel(read.standing()),
            toModel(read.inForce()), read.inForceAcknowledged(), read.acknowledgements().stream()
            .map(own -> new OwnAcknowledgement(own.versionNo(), own.acknowledgedAt().atOffset(ZoneOffset.UTC))
                .channel(own.channel())).toList());
    }

    static PublicPolicy toModel(PublicPolicyView page) {
        PublishedVersion version = page.version();
        return new PublicPolicy(page.tenant(), page.title(), version.versionNo(), version.effectiveFrom(),
            version.content().purposes(), page.officialAccounts().stream().map(account -> new PublicAccount(
                account.platform().name(), account.handle()).url(account.url()).purpose(account.purpose())).toList(),
            version.content().officialStatementNote(), version.content().questionsHandling(),
            version.content().personalUseWelcome(), toModel(version.content().guidelines()));
    }

    static org.socialgov.policy.web.generated.model.Standing toModel(Standing standing) {
        return org.socialgov.policy.web.generated.model.Standing.valueOf(standing.name());
    }
}
