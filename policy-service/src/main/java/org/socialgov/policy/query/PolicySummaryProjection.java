package org.socialgov.policy.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.socialgov.platform.axon.AxonMessageHandlers;
import org.socialgov.platform.projection.ReadModelWrites;
import org.socialgov.policy.api.PolicyCreatedEvent;
import org.socialgov.policy.api.PolicyReviewCorrectedEvent;
import org.socialgov.policy.api.PolicyReviewOverdueEvent;
import org.socialgov.policy.api.PolicyReviewedEvent;
import org.socialgov.policy.api.PolicyVersionPublishedEvent;
import org.socialgov.policy.domain.ReviewSchedule;

/**
 * Keeps {@code policy_summaries} in step with the policies' events, idempotent by sequence number (ARCHITECTURE.md,
 * decision 1): redelivered and replayed events change nothing. Written a batch of events at a time
 * ({@link ReadModelWrites}).
 */
@AxonMessageHandlers
@ProcessingGroup("policy-summaries")
public class PolicySummaryProjection {

    private final PolicySummaries summaries;

    public PolicySummaryProjection(PolicySummaries summaries) {
        this.summaries = summaries;
    }

    @EventHandler
    void on(PolicyCreatedEvent event, @SequenceNumber long sequence) {
        Document created = new Document(PolicySummaries.TENANT, event.tenant())
            .append(PolicySummaries.TITLE, event.title())
            .append(PolicySummaries.NEXT_REVIEW_DUE, ReviewSchedule.nextDue(event.enactedOn(), null,
                event.reviewIntervalMonths()).toString())
            .append(PolicySummaries.VERSION, sequence);
        writes().insertOnce(event.policyId(), created);
    }

    @EventHandler
    void on(PolicyVersionPublishedEvent event, @SequenceNumber long sequence) {
        apply(event.policyId(), sequence, new Document(PolicySummaries.LATEST_PUBLISHED, event.versionNo()));
    }

    @EventHandler
    void on(PolicyReviewedEvent event, @SequenceNumber long sequence) {
        apply(event.policyId(), sequence, new Document(PolicySummaries.NEXT_REVIEW_DUE,
            event.nextReviewDue().toString()));
    }

    @EventHandler
    void on(PolicyReviewCorrectedEvent event, @SequenceNumber long sequence) {
        apply(event.policyId(), sequence, new Document(PolicySummaries.NEXT_REVIEW_DUE,
            event.nextReviewDue().toString()));
    }

    @EventHandler
    void on(PolicyReviewOverdueEvent event, @SequenceNumber long sequence) {
        apply(event.policyId(), sequence, new Document(PolicySummaries.OVERDUE_NOTICE_FOR, event.dueOn().toString()));
    }

    @ResetHandler
    void onReset() {
        summaries.collection().deleteMany(new Document());
    }

    private void apply(String policyId, long sequence, Document change) {
        writes().update(policyId, sequence, new Document("$set", change));
    }

    private ReadModelWrites writes() {
        return ReadModelWrites.to(summaries.collection(), PolicySummaries.VERSION);
    }
}
