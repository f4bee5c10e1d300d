package org.socialgov.console.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.socialgov.console.web.Dates;
import org.socialgov.console.web.Words;

/**
 * What the record says, in words for the auditor: event types ("Amendment accepted", not
 * {@code AmendmentAcceptedEvent}), roles, field paths, values and how a record is broken.
 */
public final class AuditWords {

    private static final Map<String, String> EVENTS = Map.ofEntries(
        Map.entry("ContractDraftCreatedEvent", "Draft created"),
        Map.entry("ContractTermsRevisedEvent", "Terms revised"),
        Map.entry("ContractDraftReviewedEvent", "Draft reviewed"),
        Map.entry("ContractDraftWithdrawnEvent", "Draft withdrawn"),
        Map.entry("ContractSignedByPartyEvent", "Signed by a party"),
        Map.entry("ContractActivatedEvent", "Contract in force"),
        Map.entry("ContractAssignedEvent", "Contract assigned"),
        Map.entry("ContractRenewedEvent", "Contract renewed"),
        Map.entry("ContractExpiredEvent", "Contract expired"),
        Map.entry("ContractTerminatedEvent", "Contract terminated"),
        Map.entry("AssignmentRefusedEvent", "Assignment refused"),
        Map.entry("NonRenewalNoticeGivenEvent", "Notice of non-renewal given"),
        Map.entry("CancelByDateApproachingEvent", "Reminder: renewal cancel-by date approaching"),
        Map.entry("CancelByDatePassedEvent", "Reminder: renewal cancel-by date passed"),
        Map.entry("TermEndApproachingEvent", "Reminder: end of term approaching"),
        Map.entry("SubcontractingConsentRecordedEvent", "Consent to subcontracting recorded"),
        Map.entry("SubcontractorApprovedEvent", "Subcontractor approved"),
        Map.entry("SubcontractorRemovedEvent", "Subcontractor removed"),
        Map.entry("AmendmentProposedEvent", "Amendment proposed"),
        Map.entry("AmendmentAcceptedEvent", "Amendment accepted"),
        Map.entry("AmendmentRejectedEvent", "Amendment rejected"),
        Map.entry("AmendmentWithdrawnEvent", "Amendment withdrawn"),
        Map.entry("PolicyCreatedEvent", "Policy created"),
        Map.entry("PolicyDraftEditedEvent", "Draft edited"),
        Map.entry("PolicyVersionPublishedEvent", "Version published"),
        Map.entry("PolicyReviewedEvent", "Policy reviewed"),
        Map.entry("PolicyReviewCorrectedEvent", "Review corrected"),
        Map.entry("PolicyVersionAcknowledgedEvent", "Version acknowledged"),
        Map.entry("PolicyReviewDueSoonEvent", "Reminder: policy review due soon"),
        Map.entry("PolicyReviewOverdueEvent", "Reminder: policy review overdue"),
        Map.entry("PolicyAcknowledgementOverdueEvent", "Reminder: acknowledgement overdue"),
        Map.entry("IncidentReportedEvent", "Reported"),
        Map.entry("IncidentSightedEvent", "Sighted again"),
        Map.entry("IncidentTriagedEvent", "Triaged"),
        Map.entry("IncidentEscalatedEvent", "Escalated"),
        Map.entry("ResponseDecidedEvent", "Response decided"),
        Map.entry("IncidentResolvedEvent", "Resolved"),
        Map.entry("IncidentClosedEvent", "Closed"),
        Map.entry("IncidentReopenedEvent", "Reopened"),
        Map.entry("IncidentMergedEvent", "Merged into another incident"),
        Map.entry("IncidentReadUnredactedEvent", "Read as written by a compliance officer"),
        Map.entry("TriageDueSoonEvent", "Reminder: triage due soon"),
        Map.entry("TriageDeadlineBreachedEvent", "Reminder: triage overdue"),
        Map.entry("ResponseDecisionDueSoonEvent", "Reminder: response decision due soon"),
        Map.entry("ResponseDecisionDeadlineBreachedEvent", "Reminder: response decision overdue"),
        Map.entry("FollowUpObservationAddedEvent", "Follow-up observation added"));

    private static final Map<String, String> BREACHES = Map.of(
        "CHANGED", "An event was changed after it was recorded: it no longer matches its seal",
        "MISSING", "An event is missing from the record",
        "REORDERED", "Events were moved out of the order they were recorded in",
        "UNSEALED", "An event carries no seal");

    private static final Pattern EVENT_TYPE = Pattern.compile("\\b[A-Z][A-Za-z]+Event\\b");
    private static final Pattern INDEX = Pattern.compile("^(.*)\\[(\\d+)]$");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+Z)?");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+|[A-Z]{4,}");

    private AuditWords() {
    }

    /** An event type in words; one the console does not know yet, from its name. */
    public static String event(String eventType) {
        if (eventType == null) {
            return "";
        }
        String known = EVENTS.get(eventType);
        return known != null ? known : Words.name(eventType.replaceFirst("Event$", ""));
    }

    /** Every event type named in a sentence, in words ("Event 4 (Amendment proposed) no longer matches..."). */
    public static String eventsIn(String text) {
        if (text == null) {
            return "";
        }
        Matcher matcher = EVENT_TYPE.matcher(text);
        return matcher.replaceAll(match -> Matcher.quoteReplacement(event(match.group())));
    }

    /** "COMPLIANCE_OFFICER,AUDITOR" as "Compliance officer, Auditor". */
    public static String roles(String roles) {
        if (roles == null || roles.isBlank()) {
            return "";
        }
        return Arrays.stream(roles.split(",")).map(String::trim).filter(role -> !role.isEmpty())
            .map(Words::code).collect(Collectors.joining(", "));
    }

    public static String breach(String breach) {
        return breach == null ? "" : BREACHES.getOrDefault(breach, Words.code(breach));
    }

    /** A field's path as a reader says it: {@code terms.fees.baseMonthlyFee} as "Terms › Fees › Base monthly fee". */
    public static String path(String path) {
        if (path == null || path.equals("$")) {
            return "The whole record";
        }
        return Arrays.stream(path.split("\\.")).map(AuditWords::step).collect(Collectors.joining(" › "));
    }

    /** A value as read: codes in words, lists and objects written out, nothing as "(none)". */
    public static String value(Object value) {
        return value(value, null);
    }

    /** As above, with dates and times as the browser asks for them (when {@code dates} is given). */
    public static String value(Object value, Dates dates) {
        if (value == null) {
            return "(none)";
        }
        if (value instanceof String text) {
            return text(text, dates);
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(entry -> step(String.valueOf(entry.getKey())) + ": "
                + value(entry.getValue(), dates)).collect(Collectors.joining("; ", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "(none)"
                : list.stream().map(item -> value(item, dates)).collect(Collectors.joining(", "));
        }
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        return String.valueOf(value);
    }

    private static String text(String text, Dates dates) {
        if (CODE.matcher(text).matches()) {
            return Words.code(text);
        }
        if (dates != null && DATE.matcher(text).matches()) {
            try {
                return text.length() == 10 ? dates.date(LocalDate.parse(text))
                    : dates.dateTime(Instant.parse(text));
            } catch (DateTimeParseException notADate) {
                return text;
            }
        }
        return text;
    }


    /** "baseMonthlyFee" as "Base monthly fee"; "signatures[1]" as "Signatures (no. 2)". */
    private static String step(String name) {
        Matcher indexed = INDEX.matcher(name);
        if (indexed.matches()) {
            return step(indexed.group(1)) + " (no. " + (Integer.parseInt(indexed.group(2)) + 1) + ")";
        }
        return Words.name(name);
    }

}
