package org.socialgov.incident.query;

import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.socialgov.incident.api.IncidentClosedEvent;
import org.socialgov.incident.api.IncidentEscalatedEvent;
import org.socialgov.incident.api.IncidentMergedEvent;
import org.socialgov.incident.api.IncidentReopenedEvent;
import org.socialgov.incident.api.IncidentReportedEvent;
import org.socialgov.incident.api.IncidentResolvedEvent;
import org.socialgov.incident.api.IncidentSightedEvent;
import org.socialgov.incident.api.IncidentStatus;
import org.socialgov.incident.api.IncidentTriagedEvent;
import org.socialgov.incident.api.ResponseDecidedEvent;
import org.socialgov.platform.axon.AxonMessageHandlers;
import org.socialgov.platform.projection.ReadModelWrites;

/**
 * Keeps {@code incident_summaries} in step with the incidents' events, idempotent by sequence number
 * (ARCHITECTURE.md, decision 1): redelivered and replayed events change nothing. Written a batch of events at a
 * time ({@link ReadModelWrites}).
 */
@AxonMessageHandlers
@ProcessingGroup("incident-summaries")
public class IncidentSummaryProjection {

    private final IncidentSummaries summaries;

    public IncidentSummaryProjection(IncidentSummaries summaries) {
        this.summaries = summaries;
    }

    @EventHandler
    void on(IncidentReportedEvent event, @SequenceNumber long sequence) {
        Document reported = new Document(IncidentSummaries.TENANT, event.tenant())
            .append(IncidentSummaries.STATUS, IncidentStatus.REPORTED.name())
            .append(IncidentSummaries.PLATFORM, event.report().platform().name())
            .append(IncidentSummaries.CATEGORY, event.report().category().name())
            .append(IncidentSummaries.SENTIMENT, event.report().sentiment().name())
            .append(IncidentSummaries.SEVERITY, event.suggestedSeverity().name())
            .append(IncidentSummaries.REPORTERS, List.of(event.reporter().actor()))
            .append(IncidentSummaries.REPORTED_AT, IncidentSummaries.millis(event.reportedAt()))
            .append(IncidentSummaries.NEXT_DUE_BY, IncidentSummaries.millis(event.triageDueBy()))
            .append(IncidentSummaries.SIGHTINGS, 1)
            .append(IncidentSummaries.VERSION, sequence);
        writes().insertOnce(event.incidentId(), reported);
    }

    @EventHandler
    void on(IncidentSightedEvent event, @SequenceNumber long sequence) {
        apply(event.incidentId(), sequence, new Document("$inc", new Document(IncidentSummaries.SIGHTINGS, 1))
            .append("$addToSet", new Document(IncidentSummaries.REPORTERS, event.reporter().actor())));
    }

    @EventHandler
    void on(IncidentTriagedEvent event, @SequenceNumber long sequence) {
        apply(event.incidentId(), sequence, new Document("$set", new Document(IncidentSummaries.STATUS,
            IncidentStatus.TRIAGED.name())
            .append(IncidentSummaries.SEVERITY, event.severity().name())
            .append(IncidentSummaries.NEXT_DUE_BY, IncidentSummaries.millis(event.decideDueBy())))
            // A re-triage keeps the first time: time to triage is measured once.
            .append("$min", new Document(IncidentSummaries.FIRST_TRIAGED_AT,
                IncidentSummaries.millis(event.triagedAt()))));
    }

    @EventHandler
    void on(IncidentEscalatedEvent event, @SequenceNumber long sequence) {
        set(event.incidentId(), sequence, new Document(IncidentSummaries.STATUS, IncidentStatus.ESCALATED.name()));
    }

    @EventHandler
    void on(ResponseDecidedEvent event, @SequenceNumber long sequence) {
        apply(event.incidentId(), sequence, new Document("$set", handled(IncidentStatus.RESPONSE_DECIDED))
            .append("$min", new Document(IncidentSummaries.FIRST_DECIDED_AT,
                IncidentSummaries.millis(event.decidedAt()))));
    }

    @EventHandler
    void on(IncidentResolvedEvent event, @SequenceNumber long sequence) {
        set(event.incidentId(), sequence, handled(IncidentStatus.RESOLVED));
    }

    @EventHandler
    void on(IncidentClosedEvent event, @SequenceNumber long sequence) {
        set(event.incidentId(), sequence, handled(IncidentStatus.CLOSED));
    }

    @EventHandler
    void on(IncidentReopenedEvent event, @SequenceNumber long sequence) {
        set(event.incidentId(), sequence, new Document(IncidentSummaries.STATUS, IncidentStatus.TRIAGED.name())
            .append(IncidentSummaries.NEXT_DUE_BY, IncidentSummaries.millis(event.decideDueBy())));
    }

    @EventHandler
    void on(IncidentMergedEvent event, @SequenceNumber long sequence) {
        set(event.incidentId(), sequence, handled(IncidentStatus.MERGED)
            .append(IncidentSummaries.MERGED_INTO, event.survivorId()));
    }

    @ResetHandler
    void onReset() {
        summaries.collection().deleteMany(new Document());
    }

    /** A state in which no deadline runs any more. */
    private static Document handled(IncidentStatus status) {
        return new Document(IncidentSummaries.STATUS, status.name()).append(IncidentSummaries.NEXT_DUE_BY, null);
    }

    private void set(String incidentId, long sequence, Document change) {
        apply(incidentId, sequence, new Document("$set", change));
    }

    private void apply(String incidentId, long sequence, Document update) {
        writes().update(incidentId, sequence, update);
    }

    private ReadModelWrites writes() {
        return ReadModelWrites.to(summaries.collection(), IncidentSummaries.VERSION);
    }
}
