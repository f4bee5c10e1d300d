package org.socialgov.contract.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.socialgov.platform.axon.BusinessName;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;
import org.socialgov.contract.api.AcceptedWarning;
import org.socialgov.contract.api.ProposeAmendmentCommand;
import org.socialgov.contract.api.OpenAmendment;
import org.socialgov.contract.api.DecideAmendmentCommand;
import org.socialgov.contract.api.ContractVersion;
import org.socialgov.contract.api.AmendmentWithdrawnEvent;
import org.socialgov.contract.api.AmendmentRejectedEvent;
import org.socialgov.contract.api.AmendmentProposedEvent;
import org.socialgov.contract.api.AmendmentAcceptedEvent;
import org.socialgov.contract.api.ReachEndOfTermCommand;
import org.socialgov.contract.api.NonRenewalNoticeGivenEvent;
import org.socialgov.contract.api.GiveNonRenewalNoticeCommand;
import org.socialgov.contract.api.ContractRenewedEvent;
import org.socialgov.contract.api.ContractExpiredEvent;
import org.socialgov.contract.api.WrittenConsent;
import org.socialgov.contract.api.SubcontractorRemovedEvent;
import org.socialgov.contract.api.SubcontractorApprovedEvent;
import org.socialgov.contract.api.SubcontractingConsentRecordedEvent;
import org.socialgov.contract.api.RequestSubcontractorApprovalCommand;
import org.socialgov.contract.api.RemoveSubcontractorCommand;
import org.socialgov.contract.api.RecordSubcontractingConsentCommand;
import org.socialgov.contract.api.ApprovedSubcontractor;
import org.socialgov.contract.api.AssignmentOutcome;
import org.socialgov.contract.api.AssignmentRefusedEvent;
import org.socialgov.contract.api.ContractActivatedEvent;
import org.socialgov.contract.api.ContractAssignedEvent;
import org.socialgov.contract.api.ContractDraftCreatedEvent;
import org.socialgov.contract.api.ContractDraftReviewedEvent;
import org.socialgov.contract.api.ContractDraftWithdrawnEvent;
import org.socialgov.contract.api.ContractParty;
import org.socialgov.contract.api.ContractSignature;
import org.socialgov.contract.api.ContractSignedByPartyEvent;
import org.socialgov.contract.api.ContractTerminatedEvent;
import org.socialgov.contract.api.ContractTermination;
import org.socialgov.contract.api.ContractTerms;
import org.socialgov.contract.api.ContractTermsRevisedEvent;
import org.socialgov.contract.api.CreateContractDraftCommand;
import org.socialgov.contract.api.Provider;
import org.socialgov.contract.api.RequestAssignmentCommand;
import org.socialgov.contract.api.ReviewContractDraftCommand;
import org.socialgov.contract.api.ReviseContractTermsCommand;
import org.socialgov.contract.api.SignContractCommand;
import org.socialgov.contract.api.Term;
import org.socialgov.contract.api.TerminateContractCommand;
import org.socialgov.contract.api.WithdrawContractDraftCommand;

/** An outsourcing contract for social media operations between a client company and a provider. */
@BusinessName("contract")
public class Contract {

    private static final ContractReviewChecklist CHECKLIST = new ContractReviewChecklist();

    @AggregateIdentifier
    private String contractId;
    private String client;
    private ContractStatus status;
    private String title;
    private Provider provider;
    private ContractTerms terms;
    private final Map<ContractParty, ContractSignature> signatures = new EnumMap<>(ContractParty.class);
    private LocalDate activeFrom;
    private ContractTermination termination;
    private NonRenewalNoticeGivenEvent nonRenewalNotice;
    private final List<ContractVersion> versions = new ArrayList<>();
    private OpenAmendment openAmendment;
    private int amendmentsProposed;
    private final Map<String, SubcontractingConsentRecordedEvent> subcontractingConsents = new TreeMap<>();
    private final Map<String, ApprovedSubcontractor> subcontractors = new TreeMap<>();

    /** Axon rebuilds a contract from its events through this constructor. */
    protected Contract() {
    }

    @CommandHandler
    public Contract(CreateContractDraftCommand command) {
        requireValidTerm(command.terms());
        apply(new ContractDraftCreatedEvent(command.contractId(), command.client(), command.title(),
            command.provider(), command.terms()));
    }

    @CommandHandler
    void handle(ReviseContractTermsCommand command, ConflictResolver changesSinceRead) {
        requireClient(command.client());
        requireUnchangedSinceRead(changesSinceRead);
        requireDraft("have its terms revised");
        requireValidTerm(command.terms());
        apply(new ContractTermsRevisedEvent(contractId, command.terms()));
    }

    @CommandHandler
    void handle(WithdrawContractDraftCommand command, ConflictResolver changesSinceRead) {
        requireClient(command.client());
        requireUnchangedSinceRead(changesSinceRead);
        requireDraft("be withdrawn");
        apply(new ContractDraftWithdrawnEvent(contractId));
    }

    @CommandHandler
    void handle(ReviewContractDraftCommand command, ConflictResolver changesSinceRead) {
        requireClient(command.client());
        requireUnchangedSinceRead(changesSinceRead);
        requireDraft("be reviewed as a draft");
        apply(new ContractDraftReviewedEvent(contractId, command.party(), CHECKLIST.review(terms)));
    }

    @CommandHandler
    void handle(SignContractCommand command, ConflictResolver changesSinceRead) {
        requireClient(command.client());
        requireUnchangedSinceRead(changesSinceRead);
        requireDraft("be signed");
        requireActingParty(command.party(), command.signedBy());
        if (signatures.containsKey(command.party())) {
            throw new ContractStateConflictException("The " + command.party().name().toLowerCase()
                + " has already signed this version of the contract");
        }
        List<AcceptedWarning> accepted = SignatureRules.requireSignable(CHECKLIST.review(terms),
            command.acceptedWarnings());
        apply(new ContractSignedByPartyEvent(contractId, command.party(), command.signedBy(), command.signatory(),
            command.signedAt(), accepted));
        if (signatures.size() == ContractParty.values().length) {
            apply(new ContractActivatedEvent(contractId, terms.term().start()));
        }
    }

    @CommandHandler
    void handle(TerminateContractCommand command, ConflictResolver changesSinceRead) {
        requireClient(command.client());
        requireUnchangedSinceRead(changesSinceRead);
        requireActive("be terminated");
        LocalDate effectiveOn = TerminationRules.effectiveOn(terms, command.ground(), command.requestedOn());
        apply(new ContractTerminatedEvent(contractId, command.party(), command.ground(), effectiveOn,
            command.explanation(), TerminationRules.survivingDuties(terms, effectiveOn)));
    }

    @CommandHandler
    AssignmentOutcome handle(RequestAssignmentCommand command, ConflictResolver changesSinceRead) {
        requireClient(command.client());
        requireUnchangedSinceRead(changesSinceRead);
        requireActive("be assigned");
        requireActingParty(command.party(), command.requestedBy());
        Optional<String> refusal = AssignmentProhibition.refusal(terms.assignment(), command.consent());
        if (refusal.isPresent()) {
            // The attempt itself goes on the record: auditors must see who tried, when, and to whom.
            apply(new AssignmentRefusedEvent(contractId, command.party(), command.assignee(), command.requestedBy(),
                refusal.get()));
            return AssignmentOutcome.REFUSED;
        }
        apply(new ContractAssignedEvent(contractId, command.party(), command.assignee(), command.consent(),
            command.requestedBy()));
        return AssignmentOutcome.ASSIGNED;
    }

    @CommandHandler
    void handle(ProposeAmendmentCommand command, ConflictResolver changesSinceRead) {
        requireClient(command.client());
        requireUnchangedSinceRead(changesSinceRead);
        requireActive("be amended");
        requireActingParty(command.party(), command.proposedBy());
        AmendmentRules.requireNoneOpen(openAmendment);
        requireValidTerm(command.newTerms());
        AmendmentRules.requireNoBlockingFindings(CHECKLIST.review(command.newTerms()));
        apply(new AmendmentProposedEvent(contractId, amendmentsProposed + 1, command.party(), command.proposedBy(),
            command.newTerms(), command.effectiveFrom()));
    }

    @CommandHandler
    void handle(DecideAmendmentCommand command, ConflictResolver changesSinceRead) {
        requireClient(command.client());
        requireUnchangedSinceRead(changesSinceRead);
        requireActive("have amendments decided");
        requireActingParty(command.party(), command.decidedBy());
        OpenAmendment amendment = AmendmentRules.requireDecidable(openAmendment, command.amendmentNo(),
            command.party(), command.decision());
        switch (command.decision()) {
            case ACCEPT -> apply(new AmendmentAcceptedEvent(contractId, amendment.amendmentNo(), command.party(),
                command.decidedBy(), versions.size() + 1, amendment.effectiveFrom()));
            case REJECT -> apply(new AmendmentRejectedEvent(contractId, amendment.amendmentNo(), command.party(),
                command.decidedBy(), command.reason()));
            case WITHDRAW -> apply(new AmendmentWithdrawnEvent(contractId, amendment.amendmentNo(), command.party(),
                command.decidedBy()));
        }
    }

    @CommandHandler
    void handle(GiveNonRenewalNoticeCommand command, ConflictResolver changesSinceRead) {
        requireClient(command.client());
        requireUnchangedSinceRead(changesSinceRead);
        requireActive("receive notice of non-renewal");
        requireActingParty(command.party(), command.givenBy());
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

    @CommandHandler
    void handle(RecordSubcontractingConsentCommand command, ConflictResolver changesSinceRead) {
        requireClient(command.client());
        requireUnchangedSinceRead(changesSinceRead);
        requireActive("record subcontracting consent");
        apply(new SubcontractingConsentRecordedEvent(contractId, command.subcontractor(),
            command.tasks().stream().sorted().toList(), command.consent()));
    }

    @CommandHandler
    void handle(RequestSubcontractorApprovalCommand command, ConflictResolver changesSinceRead) {
        requireClient(command.client());
        requireUnchangedSinceRead(changesSinceRead);
        requireActive("take on subcontractors");
        requireActingParty(ContractParty.PROVIDER, command.requestedBy());
        WrittenConsent consent = SubcontractingRules.approve(terms.subcontracting(),
            command.subcontractor().companyId(), command.tasks(), subcontractingConsents);
        apply(new SubcontractorApprovedEvent(contractId, command.subcontractor(),
            command.tasks().stream().sorted().toList(), consent, command.requestedBy()));
    }

    @CommandHandler
    void handle(RemoveSubcontractorCommand command, ConflictResolver changesSinceRead) {
        requireClient(command.client());
        requireUnchangedSinceRead(changesSinceRead);
        requireActingParty(command.party(), command.removedBy());
        if (!subcontractors.containsKey(command.subcontractorId())) {
            throw new ProblemException(ProblemType.NOT_FOUND,
                "No subcontractor '" + command.subcontractorId() + "' works under this contract");
        }
        apply(new SubcontractorRemovedEvent(contractId, command.subcontractorId()));
    }

    private void requireClient(String askingClient) {
        if (!client.equals(askingClient)) {
            throw new ContractNotFoundException(contractId);
        }
    }

    /**
     * A caller who sent the version it read (If-Match) acts only on that version: any event since then refuses the
     * command before any other rule is looked at.
     */
    private static void requireUnchangedSinceRead(ConflictResolver changesSinceRead) {
        changesSinceRead.detectConflicts(changes -> !changes.isEmpty());
    }

    /** The provider acts only as itself; an agency that is not party to the contract must not learn it exists. */
    private void requireActingParty(ContractParty party, String actor) {
        if (party == ContractParty.PROVIDER && !provider.providerId().equals(actor)) {
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

    @EventSourcingHandler
    void on(ContractDraftCreatedEvent event) {
        contractId = event.contractId();
        client = event.client();
        status = ContractStatus.DRAFT;
        title = event.title();
        provider = event.provider();
        terms = event.terms();
    }

    @EventSourcingHandler
    void on(ContractTermsRevisedEvent event) {
        terms = event.terms();
        // A signature is given to the terms as they stood: revised terms need signing again.
        signatures.clear();
    }

    @EventSourcingHandler
    void on(ContractSignedByPartyEvent event) {
        signatures.put(event.party(), new ContractSignature(event.party(), event.signedBy(), event.signatory(),
            event.signedAt()));
    }

    @EventSourcingHandler
    void on(ContractActivatedEvent event) {
        status = ContractStatus.ACTIVE;
        activeFrom = event.activeFrom();
        versions.add(new ContractVersion(1, event.activeFrom(), terms));
    }

    @EventSourcingHandler
    void on(ContractDraftWithdrawnEvent event) {
        status = ContractStatus.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(ContractTerminatedEvent event) {
        status = ContractStatus.TERMINATED;
        termination = new ContractTermination(event.party(), event.ground(), event.effectiveOn(),
            event.survivingDuties());
    }

    @EventSourcingHandler
    void on(ContractAssignedEvent event) {
        if (event.party() == ContractParty.PROVIDER) {
            provider = new Provider(event.assignee().companyId(), event.assignee().name(), provider.kind());
        } else {
            client = event.assignee().companyId();
        }
    }

    @EventSourcingHandler
    void on(AmendmentProposedEvent event) {
        amendmentsProposed = event.amendmentNo();
        openAmendment = new OpenAmendment(event.amendmentNo(), event.party(), event.newTerms(), event.effectiveFrom());
    }

    @EventSourcingHandler
    void on(AmendmentAcceptedEvent event) {
        terms = openAmendment.newTerms();
        versions.add(new ContractVersion(event.contractVersionNo(), event.effectiveFrom(), terms));
        openAmendment = null;
    }

    @EventSourcingHandler
    void on(AmendmentRejectedEvent event) {
        openAmendment = null;
    }

    @EventSourcingHandler
    void on(AmendmentWithdrawnEvent event) {
        openAmendment = null;
    }

    @EventSourcingHandler
    void on(NonRenewalNoticeGivenEvent event) {
        nonRenewalNotice = event;
    }

    @EventSourcingHandler
    void on(ContractRenewedEvent event) {
        Term term = terms.term();
        terms = terms.withTerm(new Term(term.start(), event.newEnd(), term.autoRenewal()));
        // A notice stops one renewal; after a renewal the next end needs its own.
        nonRenewalNotice = null;
    }

    @EventSourcingHandler
    void on(ContractExpiredEvent event) {
        status = ContractStatus.EXPIRED;
        termination = new ContractTermination(null, null, event.endedOn(), event.survivingDuties());
    }

    @EventSourcingHandler
    void on(SubcontractingConsentRecordedEvent event) {
        subcontractingConsents.put(event.subcontractor().companyId(), event);
    }

    @EventSourcingHandler
    void on(SubcontractorApprovedEvent event) {
        subcontractors.put(event.subcontractor().companyId(),
            new ApprovedSubcontractor(event.subcontractor(), event.tasks()));
    }

    @EventSourcingHandler
    void on(SubcontractorRemovedEvent event) {
        subcontractors.remove(event.subcontractorId());
    }

    public ContractState state() {
        return new ContractState(contractId, client, status, title, provider, terms,
            List.copyOf(signatures.values()), activeFrom, termination, List.copyOf(subcontractors.values()),
            nonRenewalNotice == null ? null : nonRenewalNotice.givenOn(), List.copyOf(versions), openAmendment);
    }
}
