package org.socialgov.contract.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.socialgov.platform.process.ChangesSinceRead.requireNoneSinceRead;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.socialgov.contract.api.AcceptedWarning;
import org.socialgov.contract.api.AmendmentAcceptedEvent;
import org.socialgov.contract.api.AmendmentProposedEvent;
import org.socialgov.contract.api.AmendmentRejectedEvent;
import org.socialgov.contract.api.AmendmentWithdrawnEvent;
import org.socialgov.contract.api.AssignmentOutcome;
import org.socialgov.contract.api.AssignmentRefusedEvent;
import org.socialgov.contract.api.ContractActivatedEvent;
import org.socialgov.contract.api.ContractAssignedEvent;
import org.socialgov.contract.api.ContractDraftCreatedEvent;
import org.socialgov.contract.api.ContractDraftReviewedEvent;
import org.socialgov.contract.api.ContractDraftWithdrawnEvent;
import org.socialgov.contract.api.ContractExpiredEvent;
import org.socialgov.contract.api.ContractParty;
import org.socialgov.contract.api.ContractRenewedEvent;
import org.socialgov.contract.api.ContractSignedByPartyEvent;
import org.socialgov.contract.api.ContractTerminatedEvent;
import org.socialgov.contract.api.ContractTerms;
import org.socialgov.contract.api.ContractTermsRevisedEvent;
import org.socialgov.contract.api.CreateContractDraftCommand;
import org.socialgov.contract.api.DecideAmendmentCommand;
import org.socialgov.contract.api.GiveNonRenewalNoticeCommand;
import org.socialgov.contract.api.NonRenewalNoticeGivenEvent;
import org.socialgov.contract.api.OpenAmendment;
import org.socialgov.contract.api.ProposeAmendmentCommand;
import org.socialgov.contract.api.ReachEndOfTermCommand;
import org.socialgov.contract.api.RecordSubcontractingConsentCommand;
import org.socialgov.contract.api.RemindOfDeadlinesCommand;
import org.socialgov.contract.api.RemoveSubcontractorCommand;
import org.socialgov.contract.api.RequestAssignmentCommand;
import org.socialgov.contract.api.RequestSubcontractorApprovalCommand;
import org.socialgov.contract.api.ReviewContractDraftCommand;
import org.socialgov.contract.api.ReviseContractTermsCommand;
import org.socialgov.contract.api.SignContractCommand;
import org.socialgov.contract.api.SubcontractingConsentRecordedEvent;
import org.socialgov.contract.api.SubcontractorApprovedEvent;
import org.socialgov.contract.api.SubcontractorRemovedEvent;
import org.socialgov.contract.api.Term;
import org.socialgov.contract.api.TerminateContractCommand;
import org.socialgov.contract.api.WithdrawContractDraftCommand;
import org.socialgov.contract.api.WrittenConsent;
import org.socialgov.platform.axon.BusinessName;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * An outsourcing contract for social media operations between a client company and a provider: the commands its
 * parties give it, each checked first for who may act ({@link ContractParties}), then against the contract as
 * {@link RecordedContract recorded}.
 */
@BusinessName("contract")
public class Contract extends RecordedContract {

    private static final ContractReviewChecklist CHECKLIST = new ContractReviewChecklist();

    /** Axon rebuilds a contract from its events through this constructor. */
    protected Contract() {
    }

    @CommandHandler
    public Contract(CreateContractDraftCommand command) {
        ContractParties.requireMayDraft(command.actor());
        requireValidTerm(command.terms());
        apply(new ContractDraftCreatedEvent(command.contractId(), command.actor().company(), command.title(),
            command.provider(), command.terms()));
    }

    @CommandHandler
    void handle(ReviseContractTermsCommand command, ConflictResolver changesSinceRead) {
        parties().requireMayActFor(ContractParty.CLIENT, command.actor());
        requireNoneSinceRead(changesSinceRead);
        requireDraft("have its terms revised");
        requireValidTerm(command.terms());
        apply(new ContractTermsRevisedEvent(contractId, command.terms()));
    }

    @CommandHandler
    void handle(WithdrawContractDraftCommand command, ConflictResolver changesSinceRead) {
        parties().requireMayActFor(ContractParty.CLIENT, command.actor());
        requireNoneSinceRead(changesSinceRead);
        requireDraft("be withdrawn");
        apply(new ContractDraftWithdrawnEvent(contractId));
    }

    @CommandHandler
    void handle(ReviewContractDraftCommand command, ConflictResolver changesSinceRead) {
        parties().requireMayActFor(command.party(), command.actor());
        requireNoneSinceRead(changesSinceRead);
        requireDraft("be reviewed as a draft");
        apply(new ContractDraftReviewedEvent(contractId, command.party(), CHECKLIST.review(terms)));
    }

    @CommandHandler
    void handle(SignContractCommand command, ConflictResolver changesSinceRead) {
        parties().requireMayActFor(command.party(), command.actor());
        requireNoneSinceRead(changesSinceRead);
        requireDraft("be signed");
        if (signatures.containsKey(command.party())) {
            throw new ContractStateConflictException("The " + command.party().name().toLowerCase()
                + " has already signed this version of the contract");
        }
        List<AcceptedWarning> accepted = SignatureRules.requireSignable(CHECKLIST.review(terms),
            command.acceptedWarnings());
        apply(new ContractSignedByPartyEvent(contractId, command.party(), command.actor().id(), command.signatory(),
            command.signedAt(), accepted));
        if (signatures.size() == ContractParty.values().length) {
            apply(new ContractActivatedEvent(contractId, terms.term().start()));
        }
    }

    @CommandHandler
    void handle(TerminateContractCommand command, ConflictResolver changesSinceRead) {
        parties().requireMayActFor(command.party(), command.actor());
        requireNoneSinceRead(changesSinceRead);
        requireActive("be terminated");
        LocalDate effectiveOn = TerminationRules.effectiveOn(terms, command.ground(), command.requestedOn());
        apply(new ContractTerminatedEvent(contractId, command.party(), command.ground(), effectiveOn,
            command.explanation(), TerminationRules.survivingDuties(terms, effectiveOn)));
    }

    @CommandHandler
    AssignmentOutcome handle(RequestAssignmentCommand command, ConflictResolver changesSinceRead) {
        parties().requireMayActFor(command.party(), command.actor());
        requireNoneSinceRead(changesSinceRead);
        requireActive("be assigned");
        String requestedBy = command.actor().id();
        Optional<String> refusal = AssignmentProhibition.refusal(terms.assignment(), command.consent());
        if (refusal.isPresent()) {
            // The attempt itself goes on the record: auditors must see who tried, when, and to whom.
            apply(new AssignmentRefusedEvent(contractId, command.party(), command.assignee(), requestedBy,
                refusal.get()));
            return AssignmentOutcome.REFUSED;
        }
        apply(new ContractAssignedEvent(contractId, command.party(), command.assignee(), command.consent(),
            requestedBy));
        return AssignmentOutcome.ASSIGNED;
    }

    @CommandHandler
    void handle(ProposeAmendmentCommand command, ConflictResolver changesSinceRead) {
        parties().requireMayActFor(command.party(), command.actor());
        requireNoneSinceRead(changesSinceRead);
        requireActive("be amended");
        AmendmentRules.requireNoneOpen(openAmendment);
        requireValidTerm(command.newTerms());
        AmendmentRules.requireNoBlockingFindings(CHECKLIST.review(command.newTerms()));
        apply(new AmendmentProposedEvent(contractId, amendmentsProposed + 1, command.party(), command.actor().id(),
            command.newTerms(), command.effectiveFrom()));
    }

    @CommandHandler
    void handle(DecideAmendmentCommand command, ConflictResolver changesSinceRead) {
        parties().requireMayActFor(command.party(), command.actor());
        requireNoneSinceRead(changesSinceRead);
        requireActive("have amendments decided");
        OpenAmendment amendment = AmendmentRules.requireDecidable(openAmendment, command.amendmentNo(),
            command.party(), command.decision());
        String decidedBy = command.actor().id();
        switch (command.decision()) {
            case ACCEPT -> apply(new AmendmentAcceptedEvent(contractId, amendment.amendmentNo(), command.party(),
                decidedBy, versions.size() + 1, amendment.effectiveFrom()));
            case REJECT -> apply(new AmendmentRejectedEvent(contractId, amendment.amendmentNo(), command.party(),
                decidedBy, command.reason()));
            case WITHDRAW -> apply(new AmendmentWithdrawnEvent(contractId, amendment.amendmentNo(), command.party(),
                decidedBy));
        }
    }

    @CommandHandler
    void handle(GiveNonRenewalNoticeCommand command, ConflictResolver changesSinceRead) {
        parties().requireMayActFor(command.party(), command.actor());
        requireNoneSinceRead(changesSinceRead);
        requireActive("receive notice of non-renewal");
        RenewalRules.requireNoticeInTime(terms.term(), command.givenOn());
        apply(new NonRenewalNoticeGivenEvent(contractId, command.party(), command.givenOn()));
    }

    @CommandHandler
    void handle(ReachEndOfTermCommand command) {
        requireClient(command.client());
        // Catches up on every end missed while nobody looked: renewal after renewal, or expiry at the first end
        // that does not renew.
        while (status == ContractStatus.ACTIVE && command.today().isAfter(terms.term().end())) {
            Term term = terms.term();
            if (RenewalRules.renews(term, nonRenewalNotice != null)) {
                apply(new ContractRenewedEvent(contractId, term.end(), RenewalRules.nextEnd(term)));
            } else {
                apply(new ContractExpiredEvent(contractId, term.end(),
                    TerminationRules.survivingDuties(terms, term.end())));
            }
        }
    }

    /** Reminders are for contracts in force; one that ended or was never signed has no deadline left to meet. */
    @CommandHandler
    void handle(RemindOfDeadlinesCommand command) {
        requireClient(command.client());
        if (status == ContractStatus.ACTIVE) {
            reminders.dueOn(contractId, terms.term(), nonRenewalNotice != null, command.today(), command.leadTimes())
                .forEach(reminder -> apply(reminder));
        }
    }

    @CommandHandler
    void handle(RecordSubcontractingConsentCommand command, ConflictResolver changesSinceRead) {
        parties().requireMayActFor(ContractParty.CLIENT, command.actor());
        requireNoneSinceRead(changesSinceRead);
        requireActive("record subcontracting consent");
        apply(new SubcontractingConsentRecordedEvent(contractId, command.subcontractor(),
            command.tasks().stream().sorted().toList(), command.consent()));
    }

    @CommandHandler
    void handle(RequestSubcontractorApprovalCommand command, ConflictResolver changesSinceRead) {
        parties().requireMayActFor(ContractParty.PROVIDER, command.actor());
        requireNoneSinceRead(changesSinceRead);
        requireActive("take on subcontractors");
        WrittenConsent consent = SubcontractingRules.approve(terms.subcontracting(),
            command.subcontractor().companyId(), command.tasks(), subcontractingConsents);
        apply(new SubcontractorApprovedEvent(contractId, command.subcontractor(),
            command.tasks().stream().sorted().toList(), consent, command.actor().id()));
    }

    @CommandHandler
    void handle(RemoveSubcontractorCommand command, ConflictResolver changesSinceRead) {
        parties().requireMayActFor(command.party(), command.actor());
        requireNoneSinceRead(changesSinceRead);
        if (!subcontractors.containsKey(command.subcontractorId())) {
            throw new ProblemException(ProblemType.NOT_FOUND,
                "No subcontractor '" + command.subcontractorId() + "' works under this contract");
        }
        apply(new SubcontractorRemovedEvent(contractId, command.subcontractorId()));
    }


    /** The deadline watch acts for the client company on the calendar's say, not for a party. */
    private void requireClient(String company) {
        if (!client.equals(company)) {
            throw new ContractNotFoundException(contractId);
        }
    }

    private void requireActive(String action) {
        if (status != ContractStatus.ACTIVE) {
            throw new ContractStateConflictException(status, action);
        }
    }

    private void requireDraft(String action) {
        if (status != ContractStatus.DRAFT) {
            throw new ContractStateConflictException(status, action);
        }
    }

    private static void requireValidTerm(ContractTerms terms) {
        Term term = terms.term();
        if (term != null && term.start() != null && term.end() != null && !term.end().isAfter(term.start())) {
            throw new ContractTermInvalidException(
                "The term must end after it starts, but runs from " + term.start() + " to " + term.end());
        }
    }
}
