package org.socialgov.contract.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.socialgov.contract.api.AmendmentAcceptedEvent;
import org.socialgov.contract.api.AmendmentProposedEvent;
import org.socialgov.contract.api.AmendmentRejectedEvent;
import org.socialgov.contract.api.AmendmentWithdrawnEvent;
import org.socialgov.contract.api.CancelByDateApproachingEvent;
import org.socialgov.contract.api.CancelByDatePassedEvent;
import org.socialgov.contract.api.ContractActivatedEvent;
import org.socialgov.contract.api.ContractAssignedEvent;
import org.socialgov.contract.api.ContractDraftCreatedEvent;
import org.socialgov.contract.api.ContractDraftWithdrawnEvent;
import org.socialgov.contract.api.ContractExpiredEvent;
import org.socialgov.contract.api.ContractParty;
import org.socialgov.contract.api.ContractRenewedEvent;
import org.socialgov.contract.api.ContractTerminatedEvent;
import org.socialgov.contract.api.ContractTermsRevisedEvent;
import org.socialgov.contract.api.NonRenewalNoticeGivenEvent;
import org.socialgov.contract.api.TermEndApproachingEvent;
import org.socialgov.contract.domain.ContractDeadlines;
import org.socialgov.platform.axon.AxonMessageHandlers;
import org.socialgov.platform.projection.ReadModelWrites;

/**
 * Keeps {@code contract_summaries} in step with the contracts' events. Idempotent by construction (see
 * ARCHITECTURE.md, decision 1): a change applies only if its event's sequence number is above the version the
 * document holds, so redelivered and replayed events change nothing. Written a batch of events at a time
 * ({@link ReadModelWrites}), each change as the whole summary, so that the batch knows it without reading it again.
 * Every change recomputes the renewal cancel-by date from what the summary then holds ({@link SummaryTerms}).
 */
@AxonMessageHandlers
@ProcessingGroup("contract-summaries")
public class ContractSummaryProjection {

    private final ContractSummaries summaries;
    private final ContractListOrdinals ordinals;

    public ContractSummaryProjection(ContractSummaries summaries, ContractListOrdinals ordinals) {
        this.summaries = summaries;
        this.ordinals = ordinals;
    }

    /** The contract takes the next place in its company's list and in its company's list with its provider. */
    @EventHandler
    void on(ContractDraftCreatedEvent event, @SequenceNumber long sequence) {
        Optional<Document> recorded = writes().current(event.contractId());
        if (recorded.isPresent()) {
            keepCountersPast(recorded.get());
            return;
        }
        Document created = new Document(ContractSummaries.CLIENT, event.client())
            .append(ContractSummaries.TITLE, event.title())
            .append(ContractSummaries.STATUS, "DRAFT")
            .append(ContractSummaries.PROVIDER_ID, event.provider().providerId())
            .append(ContractSummaries.PROVIDER_NAME, event.provider().name())
            .append(ContractSummaries.NOTICE_GIVEN_ON, null)
            .append(ContractSummaries.VERSION, sequence);
        created.putAll(ordinals.takeNextPlace(ListOrder.ofCompany(event.client())));
        created.putAll(ordinals.takeNextPlace(ListOrder.ofProvider(event.client(), event.provider().providerId())));
        created.putAll(SummaryTerms.fields(event.terms().term()));
        created.append(ContractSummaries.CANCEL_BY, SummaryTerms.cancelBy(created));
        writes().insertOnce(event.contractId(), created);
    }

    @EventHandler
    void on(ContractTermsRevisedEvent event, @SequenceNumber long sequence) {
        apply(event.contractId(), sequence, SummaryTerms.fields(event.terms().term()));
    }

    @EventHandler
    void on(AmendmentProposedEvent event, @SequenceNumber long sequence) {
        apply(event.contractId(), sequence, new Document(ContractSummaries.PROPOSED_TERM,
            SummaryTerms.fields(event.newTerms().term())));
    }

    /** The amendment's terms replace the contract's, its term among them. */
    @EventHandler
    void on(AmendmentAcceptedEvent event, @SequenceNumber long sequence) {
        Optional<Document> summary = writes().awaiting(event.contractId(), sequence);
        Document proposed = summary.map(found -> found.get(ContractSummaries.PROPOSED_TERM, Document.class))
            .orElse(null);
        Document change = new Document(ContractSummaries.PROPOSED_TERM, null);
        if (proposed != null) {
            change.putAll(proposed);
        }
        apply(event.contractId(), sequence, change);
    }

    @EventHandler
    void on(AmendmentRejectedEvent event, @SequenceNumber long sequence) {
        apply(event.contractId(), sequence, new Document(ContractSummaries.PROPOSED_TERM, null));
    }

    @EventHandler
    void on(AmendmentWithdrawnEvent event, @SequenceNumber long sequence) {
        apply(event.contractId(), sequence, new Document(ContractSummaries.PROPOSED_TERM, null));
    }

    @EventHandler
    void on(NonRenewalNoticeGivenEvent event, @SequenceNumber long sequence) {
        apply(event.contractId(), sequence, new Document(ContractSummaries.NOTICE_GIVEN_ON,
            event.givenOn().toString()));
    }

    @EventHandler
    void on(ContractDraftWithdrawnEvent event, @SequenceNumber long sequence) {
        apply(event.contractId(), sequence, new Document(ContractSummaries.STATUS, "WITHDRAWN"));
    }

    @EventHandler
    void on(ContractActivatedEvent event, @SequenceNumber long sequence) {
        apply(event.contractId(), sequence, new Document(ContractSummaries.STATUS, "ACTIVE"));
    }

    @EventHandler
    void on(ContractTerminatedEvent event, @SequenceNumber long sequence) {
        apply(event.contractId(), sequence, new Document(ContractSummaries.STATUS, "TERMINATED")
            .append(ContractSummaries.TERM_END, event.effectiveOn().toString()));
    }

    /** An assigned contract leaves the lists of the party it had and takes the last place in the new party's. */
    @EventHandler
    void on(ContractAssignedEvent event, @SequenceNumber long sequence) {
        Optional<Document> summary = writes().awaiting(event.contractId(), sequence);
        if (summary.isEmpty()) {
            writes().current(event.contractId()).ifPresent(this::keepCountersPast);
            return;
        }
        String client = summary.get().getString(ContractSummaries.CLIENT);
        String assignee = event.assignee().companyId();
        Document change;
        if (event.party() == ContractParty.PROVIDER) {
            change = new Document(ContractSummaries.PROVIDER_ID, assignee)
                .append(ContractSummaries.PROVIDER_NAME, event.assignee().name());
            change.putAll(ordinals.takeNextPlace(ListOrder.ofProvider(client, assignee)));
        } else {
            change = new Document(ContractSummaries.CLIENT, assignee);
            change.putAll(ordinals.takeNextPlace(ListOrder.ofCompany(assignee)));
            change.putAll(ordinals.takeNextPlace(ListOrder.ofProvider(assignee,
                summary.get().getString(ContractSummaries.PROVIDER_ID))));
        }
        apply(event.contractId(), sequence, change);
    }

    /**
     * A notice stops one renewal: after a renewal the next end needs its own. The reminders recorded were of the
     * previous deadlines.
     */
    @EventHandler
    void on(ContractRenewedEvent event, @SequenceNumber long sequence) {
        apply(event.contractId(), sequence, new Document(ContractSummaries.TERM_END, event.newEnd().toString())
            .append(ContractSummaries.NOTICE_GIVEN_ON, null)
            .append(ContractSummaries.CANCEL_BY_REMINDED, List.of())
            .append(ContractSummaries.TERM_END_REMINDED, List.of()));
    }

    @EventHandler
    void on(CancelByDateApproachingEvent event, @SequenceNumber long sequence) {
        remember(event.contractId(), sequence, ContractSummaries.CANCEL_BY_REMINDED,
            ContractDeadlines.key(event.cancelBy(), event.daysLeft()));
    }

    @EventHandler
    void on(CancelByDatePassedEvent event, @SequenceNumber long sequence) {
        remember(event.contractId(), sequence, ContractSummaries.CANCEL_BY_REMINDED,
            ContractDeadlines.key(event.cancelBy(), null));
    }

    @EventHandler
    void on(TermEndApproachingEvent event, @SequenceNumber long sequence) {
        remember(event.contractId(), sequence, ContractSummaries.TERM_END_REMINDED,
            ContractDeadlines.key(event.termEnd(), event.daysLeft()));
    }

    @EventHandler
    void on(ContractExpiredEvent event, @SequenceNumber long sequence) {
        apply(event.contractId(), sequence, new Document(ContractSummaries.STATUS, "EXPIRED"));
    }

    @ResetHandler
    void onReset() {
        summaries.collection().deleteMany(new Document());
        ordinals.clear();
    }

    /** A redelivered event: its places may have been written without their counters (a batch written in part). */
    private void keepCountersPast(Document summary) {
        String client = summary.getString(ContractSummaries.CLIENT);
        ordinals.keepPast(ListOrder.ofCompany(client), summary);
        ordinals.keepPast(ListOrder.ofProvider(client, summary.getString(ContractSummaries.PROVIDER_ID)), summary);
    }

    /** A reminder recorded, so that the deadline watch does not ask the contract for it again. */
    private void remember(String contractId, long sequence, String field, String key) {
        writes().awaiting(contractId, sequence).ifPresent(summary -> {
            List<String> keys = new ArrayList<>();
            if (summary.getList(field, String.class) != null) {
                keys.addAll(summary.getList(field, String.class));
            }
            keys.add(key);
            apply(contractId, sequence, new Document(field, keys));
        });
    }

    private void apply(String contractId, long sequence, Document change) {
        writes().awaiting(contractId, sequence).ifPresent(summary -> {
            summary.putAll(change);
            summary.put(ContractSummaries.CANCEL_BY, SummaryTerms.cancelBy(summary));
            writes().replace(contractId, sequence, summary);
        });
    }

    private ReadModelWrites writes() {
        return ReadModelWrites.to(summaries.collection(), ContractSummaries.VERSION);
    }
}
