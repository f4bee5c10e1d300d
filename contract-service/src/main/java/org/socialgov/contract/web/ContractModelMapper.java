package org.socialgov.contract.web;

import java.time.ZoneOffset;
import java.util.List;

import org.socialgov.contract.api.AcceptedWarning;
import org.socialgov.contract.api.ContractSignature;
import org.socialgov.contract.api.ContractTermination;
import org.socialgov.contract.api.Provider;
import org.socialgov.contract.api.ProviderKind;
import org.socialgov.contract.domain.ContractState;
import org.socialgov.contract.query.ContractReviewView;
import org.socialgov.contract.query.ContractSummary;
import org.socialgov.contract.query.ContractView;
import org.socialgov.contract.web.generated.model.ApprovedSubcontractor;
import org.socialgov.contract.web.generated.model.Contract;
import org.socialgov.contract.web.generated.model.ContractParty;
import org.socialgov.contract.web.generated.model.ContractReview;
import org.socialgov.contract.web.generated.model.ContractStatus;
import org.socialgov.contract.web.generated.model.ContractTask;
import org.socialgov.contract.web.generated.model.ContractVersion;
import org.socialgov.contract.web.generated.model.OpenAmendment;
import org.socialgov.contract.web.generated.model.ReviewFinding;
import org.socialgov.contract.web.generated.model.ContractElement;
import org.socialgov.contract.web.generated.model.ReviewFindingSeverity;
import org.socialgov.contract.web.generated.model.Signature;
import org.socialgov.contract.web.generated.model.SubcontractorRef;
import org.socialgov.contract.web.generated.model.SurvivingDuty;
import org.socialgov.contract.web.generated.model.SurvivingDutyDuty;
import org.socialgov.contract.web.generated.model.Termination;
import org.socialgov.contract.web.generated.model.TerminationGround;

/**
 * Translates between the API's generated models and the domain's messages. The API and the domain evolve apart,
 * so neither leaks into the other. Terms have their own mappers: {@link ContractTermsFromApi}, {@link ContractTermsToApi}.
 */
final class ContractModelMapper {

    private ContractModelMapper() {
    }

    static Provider toDomain(org.socialgov.contract.web.generated.model.Provider provider) {
        return new Provider(provider.getProviderId(), provider.getName(),
            ProviderKind.valueOf(provider.getKind().name()));
    }

    static Contract toModel(ContractView view) {
        ContractState contract = view.contract();
        Provider provider = contract.provider();
        return new Contract(contract.contractId(), view.version(), ContractStatus.valueOf(contract.status().name()),
            contract.title(), new org.socialgov.contract.web.generated.model.Provider(provider.providerId(),
            provider.name(), org.socialgov.contract.web.generated.model.ProviderKind.valueOf(provider.kind().name())),
            ContractTermsToApi.toApi(contract.terms()),
            contract.signatures().stream().map(ContractModelMapper::toModel).toList(),
            contract.subcontractors().stream().map(approved -> new ApprovedSubcontractor(
                new SubcontractorRef(approved.subcontractor().companyId(), approved.subcontractor().name()),
                approved.tasks().stream().map(task -> ContractTask.valueOf(task.name())).toList())).toList())
            .activeFrom(contract.activeFrom())
            .termination(contract.termination() == null ? null : toModel(contract.termination()))
            .nonRenewalNoticeGivenOn(contract.nonRenewalNoticeGivenOn())
            .cancelBy(contract.cancelBy())
            .versions(contract.versions().stream().map(version -> new ContractVersion(version.versionNo(),
                version.effectiveFrom())).toList())
            .openAmendment(contract.openAmendment() == null ? null : new OpenAmendment(
                contract.openAmendment().amendmentNo(),
                ContractParty.valueOf(contract.openAmendment().proposedByParty().name()),
                contract.openAmendment().effectiveFrom(), ContractTermsToApi.toApi(contract.openAmendment().newTerms())));
    }

    private static Termination toModel(ContractTermination termination) {
        return new Termination(termination.effectiveOn(),
            termination.survivingDuties().stream().map(duty -> new SurvivingDuty(
                SurvivingDutyDuty.valueOf(duty.duty().name())).until(duty.until())).toList())
            .party(termination.party() == null ? null : ContractParty.valueOf(termination.party().name()))
            .ground(termination.ground() == null ? null : TerminationGround.valueOf(termination.ground().name()));
    }

    private static Signature toModel(ContractSignature signature) {
        return new Signature(ContractParty.valueOf(signature.party().name()), signature.signedBy(),
            signature.signatory().name(), signature.signatory().role(), signature.signedAt().atOffset(ZoneOffset.UTC));
    }

    static List<AcceptedWarning> toDomain(
        List<org.socialgov.contract.web.generated.model.AcceptedWarning> acceptedWarnings) {
        return acceptedWarnings == null ? List.of() : acceptedWarnings.stream()
            .map(warning -> new AcceptedWarning(warning.getCode(), warning.getJustification())).toList();
    }

    static org.socialgov.contract.web.generated.model.ContractSummary toModel(ContractSummary summary) {
        return new org.socialgov.contract.web.generated.model.ContractSummary(summary.contractId(), summary.title(),
            ContractStatus.valueOf(summary.status()), summary.providerId(), summary.providerName(), summary.version())
            .termStart(summary.termStart()).termEnd(summary.termEnd()).cancelBy(summary.cancelBy());
    }

    static ContractReview toModel(ContractReviewView review) {
        return new ContractReview(review.contractId(), review.version(), review.signable(),
            review.findings().stream().map(finding -> new ReviewFinding(finding.code(),
                ReviewFindingSeverity.valueOf(finding.severity().name()),
                ContractElement.valueOf(finding.element().name()), finding.message())).toList());
    }
}
