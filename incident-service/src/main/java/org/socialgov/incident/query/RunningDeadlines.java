package org.socialgov.incident.query;

import static com.mongodb.client.model.Filters.in;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.socialgov.incident.api.IncidentDeadline;
import org.socialgov.incident.api.IncidentStatus;
import org.socialgov.incident.api.Severity;
import org.socialgov.incident.domain.HandlingDeadlines;

/**
 * The incidents whose handling runs against a deadline now, for the deadline watch, which asks every minute. So that
 * the ask stays cheap as incidents accumulate, {@code incident_running_deadlines} holds one small document per
 * incident with a deadline running (written by {@link RunningDeadlineProjection}; the document goes once the deadline
 * is met, or the incident merged), with its deadlines and the keys of the reminders recorded per deadline. Reading it
 * whole is the one scan, over the open incidents only; their tenant, state and severity come from the summaries by
 * {@code _id}, which every store serves by index.
 */
@Singleton
public class RunningDeadlines {

    /** The deadlines as the events set them, to the nanosecond (ISO 8601): the reminders' keys name them so. */
    static final String TRIAGE_DUE_BY = "triageDueBy";
    static final String DECIDE_DUE_BY = "decideDueBy";
    static final String TRIAGE_REMINDERS = "triageReminders";
    static final String RESPONSE_DECISION_REMINDERS = "responseDecisionReminders";
    static final String VERSION = "version";

    /** An incident's running deadline, and the reminders of it already recorded. */
    public record RunningDeadline(String incidentId, String tenant, IncidentDeadline deadline, Severity severity,
                                  Instant dueBy, Set<String> remindersRecorded) {
    }

    private final MongoCollection<Document> collection;
    private final IncidentSummaries summaries;

    public RunningDeadlines(MongoDatabase database, IncidentSummaries summaries) {
        this.collection = database.getCollection("incident_running_deadlines");
        this.summaries = summaries;
    }

    MongoCollection<Document> collection() {
        return collection;
    }

    static String dueByField(IncidentDeadline deadline) {
        return deadline == IncidentDeadline.TRIAGE ? TRIAGE_DUE_BY : DECIDE_DUE_BY;
    }

    static String remindersField(IncidentDeadline deadline) {
        return deadline == IncidentDeadline.TRIAGE ? TRIAGE_REMINDERS : RESPONSE_DECISION_REMINDERS;
    }

    /** Every running deadline, as far as the read models have caught up with the record. */
    public List<RunningDeadline> all() {
        Map<String, Document> running = new HashMap<>();
        collection.find().forEach(document -> running.put(document.getString("_id"), document));
        List<RunningDeadline> found = new ArrayList<>();
        if (running.isEmpty()) {
            return found;
        }
        summaries.collection().find(in(IncidentSummaries.ID, running.keySet())).forEach(summary -> {
            Document deadlines = running.get(summary.getString(IncidentSummaries.ID));
            IncidentStatus status = IncidentStatus.valueOf(summary.getString(IncidentSummaries.STATUS));
            // The two read models are written one after the other: one a step ahead of the other says so.
            HandlingDeadlines.runningIn(status).filter(deadline -> deadlines.getString(dueByField(deadline)) != null)
                .ifPresent(deadline -> found.add(new RunningDeadline(deadlines.getString("_id"),
                    summary.getString(IncidentSummaries.TENANT), deadline,
                    Severity.valueOf(summary.getString(IncidentSummaries.SEVERITY)),
                    Instant.parse(deadlines.getString(dueByField(deadline))),
                    Set.copyOf(deadlines.getList(remindersField(deadline), String.class, List.of())))));
        });
        return found;
    }
}
