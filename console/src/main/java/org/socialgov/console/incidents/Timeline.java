package org.socialgov.console.incidents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.micronaut.core.annotation.Nullable;
import org.socialgov.console.web.Words;

/**
 * The incident's recorded events told in words: when, who (and in which role), what happened and why. Reads of the
 * report as written are on the record too (need to know); one after another by the same person they are told once,
 * with how many, so that they do not bury the handling.
 */
public record Timeline(List<Entry> entries, @Nullable Long nextAfter) {

    /** One line of the timeline; {@code times} counts the repeated reads it stands for. */
    public record Entry(Instant at, String who, String what, String detail, boolean read, int times) {
    }

    static Timeline of(IncidentHistory history) {
        List<Entry> entries = new ArrayList<>();
        for (IncidentHistory.Event event : history.events()) {
            Entry entry = entry(event);
            Entry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
            if (entry.read() && last != null && last.read() && last.who().equals(entry.who())) {
                entries.set(entries.size() - 1, new Entry(last.at(), last.who(), last.what(), last.detail(), true,
                    last.times() + 1));
            } else {
                entries.add(entry);
            }
        }
        return new Timeline(entries, history.nextAfter());
    }

    private static Entry entry(IncidentHistory.Event event) {
        String who = who(event);
        String reason = event.reason() == null ? "" : event.reason();
        return switch (event.eventType()) {
            case "IncidentReportedEvent" -> entry(event, who, "Reported the post (suggested severity "
                + event.field("suggestedSeverity") + ")", reason);
            case "IncidentSightedEvent" -> entry(event, who, "Reported the same post again (a sighting)", reason);
            case "IncidentTriagedEvent" -> entry(event, who, "Triaged it as " + event.field("severity")
                + ", assigned to " + event.field("assignee"), join(event.field("severityReason"), reason));
            case "IncidentEscalatedEvent" -> entry(event, who, "Escalated it to "
                + HandlingWords.escalationTargetInSentence(event.field("to")), join(event.field("reason"), reason));
            case "ResponseDecidedEvent" -> entry(event, who, responseDecided(event), reason);
            case "IncidentResolvedEvent" -> entry(event, who, "Resolved it", join(event.field("summary"), reason));
            case "IncidentClosedEvent" -> entry(event, who, "Closed it", join(event.field("note"), reason));
            case "IncidentReopenedEvent" -> entry(event, who, "Reopened it", join(event.field("reason"), reason));
            case "FollowUpObservationAddedEvent" -> entry(event, who, "Added a follow-up",
                join(event.field("observation"), reason));
            case "IncidentMergedEvent" -> entry(event, who, "Merged it into " + event.field("survivorId"),
                join(event.field("reason"), reason));
            case "TriageDueSoonEvent" -> entry(event, who, "Reminded that triage is due soon, by "
                + event.field("triageDueBy"), reason);
            case "TriageDeadlineBreachedEvent" -> entry(event, who, "Reminded that triage is overdue: it was due by "
                + event.field("triageDueBy"), reason);
            case "ResponseDecisionDueSoonEvent" -> entry(event, who, "Reminded " + event.field("assignee")
                + " that the response decision is due soon, by " + event.field("decideDueBy"), reason);
            case "ResponseDecisionDeadlineBreachedEvent" -> entry(event, who, "Reminded " + event.field("assignee")
                + " that the response decision is overdue: it was due by " + event.field("decideDueBy"), reason);
            case "IncidentReadUnredactedEvent" -> new Entry(event.occurredAt(), who, "Read the report as written",
                "", true, 1);
            default -> entry(event, who, Words.name(event.eventType().replaceAll("Event$", "")), reason);
        };
    }

    private static Entry entry(IncidentHistory.Event event, String who, String what, String detail) {
        return new Entry(event.occurredAt(), who, what, detail, false, 1);
    }

    private static String responseDecided(IncidentHistory.Event event) {
        String channel = event.field("response.channel");
        if (channel.isEmpty()) {
            return "Decided not to respond: " + event.field("noResponseReason");
        }
        String where = "OFFICIAL_ACCOUNT".equals(channel)
            ? "on the official account " + event.field("response.handle") + " ("
                + Words.code(event.field("response.platform")) + ")"
            : "by " + HandlingWords.channel(channel).toLowerCase(java.util.Locale.ROOT);
        return "Decided to respond " + where + ": " + event.field("response.link");
    }

    private static String who(IncidentHistory.Event event) {
        String actor = event.actor() == null ? "someone" : event.actor();
        if (event.actorRole() == null || event.actorRole().isBlank()) {
            return actor;
        }
        return actor + " (" + Arrays.stream(event.actorRole().split(","))
            .map(role -> Words.code(role.strip()).toLowerCase(java.util.Locale.ROOT))
            .collect(Collectors.joining(", ")) + ")";
    }

    private static String join(String first, String second) {
        if (first.isEmpty() || first.equals(second)) {
            return second;
        }
        return second.isEmpty() ? first : first + " — " + second;
    }

    /** {@code IncidentSomethingDoneEvent} → "INCIDENT_SOMETHING_DONE", for an event the console has no words for. */
}
