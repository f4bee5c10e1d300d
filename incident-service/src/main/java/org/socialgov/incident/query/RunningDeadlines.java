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
 * is met, or the incident merged), with the keys of the reminders recorded per deadline. Reading it whole is the one
 * scan, over the open incidents only; their tenant, state, severity and deadline come from the summaries by
 * {@code _id}, which every store serves by index.
 */
@Singleton
public class RunningDeadlines {

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
            Long dueBy = summary.getLong(IncidentSummaries.NEXT_DUE_BY);
            IncidentStatus status = IncidentStatus.valueOf(summary.getString(IncidentSummaries.STATUS));
            // The two read models are written one after the other: a summary a step ahead or behind says so.
            HandlingDeadlines.runningIn(status).filter(deadline -> dueBy != null).ifPresent(deadline -> {
                String id = summary.getString(IncidentSummaries.ID);
                found.add(new RunningDeadline(id, summary.getString(IncidentSummaries.TENANT), deadline,
                    Severity.valueOf(summary.getString(IncidentSummaries.SEVERITY)), Instant.ofEpochMilli(dueBy),
                    Set.copyOf(running.get(id).getList(remindersField(deadline), String.class, List.of()))));
            });
        });
        return found;
    }
}
