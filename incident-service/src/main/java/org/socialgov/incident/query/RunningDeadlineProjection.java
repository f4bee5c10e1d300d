package org.socialgov.incident.query;

import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.socialgov.incident.api.IncidentDeadlineReminderEvent;
import org.socialgov.incident.api.IncidentMergedEvent;
import org.socialgov.incident.api.IncidentReopenedEvent;
import org.socialgov.incident.api.IncidentReportedEvent;
import org.socialgov.incident.api.IncidentTriagedEvent;
import org.socialgov.incident.api.ResponseDecidedEvent;
import org.socialgov.platform.axon.AxonMessageHandlers;
import org.socialgov.platform.projection.ReadModelWrites;

/**
 * Keeps {@code incident_running_deadlines} (see {@link RunningDeadlines}): an incident enters it when reported or
 * reopened, leaves it when its response is decided or it is merged (no deadline runs after either: HandlingDeadlines),
 * and meanwhile keeps its deadlines as set and collects the keys of its reminders. Idempotent by sequence number like
 * the summaries, and in their processor, so that it costs no poll of its own.
 */
@AxonMessageHandlers
@ProcessingGroup("incident-summaries")
public class RunningDeadlineProjection {

    private final RunningDeadlines runningDeadlines;

    public RunningDeadlineProjection(RunningDeadlines runningDeadlines) {
        this.runningDeadlines = runningDeadlines;
    }

    @EventHandler
    void on(IncidentReportedEvent event, @SequenceNumber long sequence) {
        writes().insertOnce(event.incidentId(), noRemindersYet()
            .append(RunningDeadlines.TRIAGE_DUE_BY, event.triageDueBy().toString())
            .append(RunningDeadlines.VERSION, sequence));
    }

    @EventHandler
    void on(IncidentTriagedEvent event, @SequenceNumber long sequence) {
        writes().update(event.incidentId(), sequence, new Document("$set",
            new Document(RunningDeadlines.DECIDE_DUE_BY, event.decideDueBy().toString())));
    }

    @EventHandler
    void on(IncidentReopenedEvent event, @SequenceNumber long sequence) {
        writes().replace(event.incidentId(), sequence, noRemindersYet()
            .append(RunningDeadlines.DECIDE_DUE_BY, event.decideDueBy().toString()));
    }

    @EventHandler
    void on(IncidentDeadlineReminderEvent event, @SequenceNumber long sequence) {
        writes().update(event.incidentId(), sequence, new Document("$addToSet",
            new Document(RunningDeadlines.remindersField(event.deadline()), event.reminder().key())));
    }

    @EventHandler
    void on(ResponseDecidedEvent event, @SequenceNumber long sequence) {
        writes().delete(event.incidentId(), sequence);
    }

    @EventHandler
    void on(IncidentMergedEvent event, @SequenceNumber long sequence) {
        writes().delete(event.incidentId(), sequence);
    }

    @ResetHandler
    void onReset() {
        runningDeadlines.collection().deleteMany(new Document());
    }

    private static Document noRemindersYet() {
        return new Document(RunningDeadlines.TRIAGE_REMINDERS, List.of())
            .append(RunningDeadlines.RESPONSE_DECISION_REMINDERS, List.of());
    }

    private ReadModelWrites writes() {
        return ReadModelWrites.to(runningDeadlines.collection(), RunningDeadlines.VERSION);
    }
}
