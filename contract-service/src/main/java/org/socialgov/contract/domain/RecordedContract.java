package org.socialgov.contract.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.socialgov.contract.api.AmendmentAcceptedEvent;
import org.socialgov.contract.api.AmendmentProposedEvent;
import org.socialgov.contract.api.AmendmentRejectedEvent;
import org.socialgov.contract.api.AmendmentWithdrawnEvent;
import org.socialgov.contract.api.ApprovedSubcontractor;
import org.socialgov.contract.api.ContractActivatedEvent;
import org.socialgov.contract.api.ContractAssignedEvent;
import org.socialgov.contract.api.ContractDraftCreatedEvent;
import org.socialgov.contract.api.ContractDraftWithdrawnEvent;
import org.socialgov.contract.api.ContractExpiredEvent;
import org.socialgov.contract.api.ContractParty;
import org.socialgov.contract.api.ContractRenewedEvent;
import org.socialgov.contract.api.ContractSignature;
import org.socialgov.contract.api.ContractSignedByPartyEvent;
import org.socialgov.contract.api.ContractTerminatedEvent;
import org.socialgov.contract.api.ContractTermination;
import org.socialgov.contract.api.ContractTerms;
import org.socialgov.contract.api.ContractTermsRevisedEvent;
import org.socialgov.contract.api.ContractVersion;
import org.socialgov.contract.api.NonRenewalNoticeGivenEvent;
import org.socialgov.contract.api.OpenAmendment;
import org.socialgov.contract.api.Provider;
import org.socialgov.contract.api.SubcontractingConsentRecordedEvent;
import org.socialgov.contract.api.SubcontractorApprovedEvent;
import org.socialgov.contract.api.SubcontractorRemovedEvent;
import org.socialgov.contract.api.Term;

/**
 * A contract as its events recorded it: the fields and the event sourcing handlers that set them, and nothing that
 * decides. {@link Contract} holds the decisions; it reads these fields, only the handlers below write them. The two
 * are one aggregate, kept apart so that each reads on its own; snapshots hold these fields under these names.
 */
public abstract class RecordedContract {

    @AggregateIdentifier
    String contractId;
    String client;
    ContractStatus status;
    String title;
    Provider provider;
    ContractTerms terms;
    final Map<ContractParty, ContractSignature> signatures = new EnumMap<>(ContractParty.class);
    LocalDate activeFrom;
    ContractTermination termination;
    NonRenewalNoticeGivenEvent nonRenewalNotice;
    final List<ContractVersion> versions = new ArrayList<>();
    OpenAmendment openAmendment;
    int amendmentsProposed;
    final Map<String, SubcontractingConsentRecordedEvent> subcontractingConsents = new TreeMap<>();
    final Map<String, ApprovedSubcontractor> subcontractors = new TreeMap<>();
    @AggregateMember
    final ContractReminders reminders = new ContractReminders();

    /** Only a {@link Contract} is one. */
    RecordedContract() {
    }

    /** Who may act on the contract now, for which party. */
    ContractParties parties() {
        return new ContractParties(contractId, client, provider);
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
