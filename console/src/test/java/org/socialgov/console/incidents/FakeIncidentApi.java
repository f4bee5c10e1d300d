package org.socialgov.console.incidents;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import org.socialgov.console.FakeHttpApi;

/**
 * A stand-in for the gateway's incident and official-account API (openapi/incident-service.yaml,
 * policy-official-accounts.yaml) for the officer's pages: incidents by id in the state a test puts them, pages of
 * the list by cursor, a history, statistics, and handling steps answered as the test says. It records every call
 * (method, path and query, Idempotency-Key, body), so that a test sees what was asked and that nothing was done.
 * An incident it does not hold is 404, as the API answers another company's incident and a missing one alike.
 */
final class FakeIncidentApi extends FakeHttpApi {

    final List<String> calls = new CopyOnWriteArrayList<>();
    final Map<String, String> incidents = new ConcurrentHashMap<>();
    /** The answer to the next handling step, by the step's API path ending; 200 with the incident when absent. */
    final Map<String, Answer> stepAnswers = new ConcurrentHashMap<>();
    volatile Answer statisticsAnswer;

    record Answer(int status, String body) {
    }

    /** The last call whose line starts with {@code prefix} ("POST /api/incidents/inc-1/triage"), or "". */
    String lastCall(String prefix) {
        for (int i = calls.size() - 1; i >= 0; i--) {
            if (calls.get(i).startsWith(prefix)) {
                return calls.get(i);
            }
        }
        return "";
    }

    @Override
    protected void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        String body = bodyOf(exchange);
        String token = exchange.getRequestHeaders().getFirst("Authorization");
        if (path.equals("/dev/tokens")) {
            String subject = body.replaceAll(".*\"subject\":\"([^\"]*)\".*", "$1");
            send(exchange, 200, "application/json", "{\"token\":\"t-" + subject
                + "\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}");
            return;
        }
        calls.add(method + " " + path + (query == null ? "" : "?" + query) + " key="
            + exchange.getRequestHeaders().getFirst("Idempotency-Key") + " " + body);
        if (token == null || !token.startsWith("Bearer t-")) {
            send(exchange, 401, PROBLEM, problem(401, "Unauthorized", "A bearer token is needed", ""));
        } else if (path.equals("/api/incidents") && method.equals("GET")) {
            list(exchange, query);
        } else if (path.equals("/api/incidents/statistics")) {
            Answer answer = statisticsAnswer;
            send(exchange, answer.status(), answer.status() == 200 ? "application/json" : PROBLEM, answer.body());
        } else if (path.equals("/api/official-accounts")) {
            send(exchange, 200, "application/json", "{\"items\":[{\"accountId\":\"acc-x\",\"platform\":\"X\","
                + "\"handle\":\"@acme_jp\",\"url\":\"https://x.com/acme_jp\",\"purpose\":\"お知らせ og nyheter\","
                + "\"since\":\"2026-01-01\",\"status\":\"ACTIVE\"}]}");
        } else {
            incident(exchange, method, path, body);
        }
    }

    private void incident(HttpExchange exchange, String method, String path, String body) throws IOException {
        String[] parts = path.split("/");
        String incident = parts.length > 3 ? incidents.get(parts[3]) : null;
        if (incident == null) {
            send(exchange, 404, PROBLEM, problem(404, "Not found", "No such incident", ""));
        } else if (parts.length == 4 && method.equals("GET")) {
            send(exchange, 200, "application/json", incident);
        } else if (parts.length == 5 && parts[4].equals("history")) {
            send(exchange, 200, "application/json", HISTORY.replace("INC", parts[3]));
        } else if (parts.length == 5 && method.equals("POST")) {
            Answer answer = stepAnswers.getOrDefault(parts[4], new Answer(200, incident));
            send(exchange, answer.status(), answer.status() == 200 ? "application/json" : PROBLEM, answer.body());
        } else {
            send(exchange, 404, PROBLEM, problem(404, "Not found", "No such resource", ""));
        }
    }

    /**
     * Two pages: the first leads to the second by the cursor {@code c2}. The parameters are checked as the API
     * checks them (an unknown one or value, or reportedFrom after reportedTo, is 400 naming it) and the filters
     * keep the items whose values they name.
     */
    private void list(HttpExchange exchange, String query) throws IOException {
        Map<String, String> parameters = parameters(query);
        List<String> unknown = parameters.keySet().stream()
            .filter(name -> !FILTERS.containsKey(name) && !OTHER_PARAMETERS.contains(name)).toList();
        if (!unknown.isEmpty()) {
            // Not what the API answers (it ignores them); a failure no console test can overlook.
            send(exchange, 500, PROBLEM, problem(500, "Not a parameter of listIncidents", unknown.toString(), ""));
            return;
        }
        String refused = refusedParameter(parameters);
        if (refused != null) {
            String message = REFUSALS.getOrDefault(refused, "is not one of the values the list takes");
            send(exchange, 400, PROBLEM, problem(400, "Your request is not valid", "Field '" + refused + "' "
                + message, ",\"errors\":[{\"field\":\"" + refused + "\",\"message\":\"" + message + "\"}]"));
            return;
        }
        boolean second = "c2".equals(parameters.get("cursor"));
        Instant now = Instant.now();
        List<String> items = second
            ? List.of(summary("inc-old", "CLOSED", "P4", "2026-11-01T08:00:00Z", null))
            : List.of(summary("inc-1", "REPORTED", "P3", "2026-12-03T08:00:00Z",
                    now.plusSeconds(3 * 3600 + 20 * 60 + 30)),
                summary("inc-2", "TRIAGED", "P2", "2026-12-01T08:00:00Z", now.minusSeconds(2 * 86400 + 600)));
        String kept = String.join(",", items.stream().filter(item -> matches(item, parameters)).toList());
        send(exchange, 200, "application/json", "{\"items\":[" + kept + "]"
            + (second ? "" : ",\"nextCursor\":\"c2\"") + "}");
    }

    private static final Map<String, String> REFUSALS = Map.of("reportedFrom", "must not be after reportedTo");
    private static final Map<String, List<String>> FILTERS = Map.of("due", List.of("soon", "overdue"),
        "severity", List.of("P1", "P2", "P3", "P4", "P5"),
        "category", List.of("COMPLAINT", "PRAISE", "RUMOUR_OR_MISINFORMATION", "CONFIDENTIAL_INFORMATION_LEAK",
            "EMPLOYEE_CONDUCT", "IMPERSONATION", "BACKLASH", "LEGAL_RISK", "OTHER"),
        "platform", List.of("X", "FACEBOOK", "INSTAGRAM", "LINKEDIN", "YOUTUBE", "TIKTOK", "THREADS", "OTHER"),
        "state", List.of("REPORTED", "TRIAGED", "ESCALATED", "RESPONSE_DECIDED", "RESOLVED", "CLOSED", "MERGED"));
    private static final List<String> OTHER_PARAMETERS = List.of("limit", "cursor", "reportedFrom", "reportedTo");

    /** The parameter the API would refuse with 400, or null. */
    private static String refusedParameter(Map<String, String> parameters) {
        for (Map.Entry<String, List<String>> filter : FILTERS.entrySet()) {
            String value = parameters.get(filter.getKey());
            if (value != null && !filter.getValue().contains(value)) {
                return filter.getKey();
            }
        }
        for (String day : List.of("reportedFrom", "reportedTo")) {
            try {
                LocalDate.parse(parameters.getOrDefault(day, "2026-01-01"));
            } catch (DateTimeParseException e) {
                return day;
            }
        }
        String from = parameters.get("reportedFrom");
        String to = parameters.get("reportedTo");
        return from != null && to != null && LocalDate.parse(from).isAfter(LocalDate.parse(to)) ? "reportedFrom"
            : null;
    }

    private static boolean matches(String item, Map<String, String> parameters) {
        return Map.of("severity", "severity", "category", "category", "platform", "platform", "state", "status")
            .entrySet().stream().allMatch(filter -> !parameters.containsKey(filter.getKey())
                || item.contains("\"" + filter.getValue() + "\":\"" + parameters.get(filter.getKey()) + "\""));
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            String name = URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8);
            parameters.put(name, nameAndValue.length < 2 ? "" : URLDecoder.decode(nameAndValue[1],
                StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static String summary(String id, String status, String severity, String reportedAt, Instant dueBy) {
        return "{\"incidentId\":\"" + id + "\",\"status\":\"" + status + "\",\"platform\":\"X\",\"category\":"
            + "\"RUMOUR_OR_MISINFORMATION\",\"sentiment\":\"NEGATIVE\",\"severity\":\"" + severity + "\","
            + "\"reportedAt\":\"" + reportedAt + "\"" + (dueBy == null ? "" : ",\"nextDueBy\":\"" + dueBy + "\"")
            + ",\"sightings\":1}";
    }

    /** An incident as an officer reads it, in the given state. */
    static String incident(String id, String status) {
        boolean triaged = !status.equals("REPORTED");
        return "{\"incidentId\":\"" + id + "\",\"status\":\"" + status + "\",\"redacted\":false,\"platform\":\"X\","
            + "\"postUrl\":\"https://x.com/someone/status/1\",\"authorHandle\":\"@someone\","
            + "\"postedAt\":\"2026-12-03T07:00:00Z\",\"seenAt\":\"2026-12-03T07:30:00Z\","
            + "\"excerpt\":\"この投稿は誤解を招きます – innlegget er misvisende\",\"evidence\":{\"sha256\":\""
            + "ab".repeat(32) + "\",\"location\":\"drive://1\"},\"sentiment\":\"NEGATIVE\","
            + "\"category\":\"RUMOUR_OR_MISINFORMATION\",\"reach\":{\"followers\":1200,\"reposts\":35,\"replies\":12},"
            + "\"policyRules\":[1],\"reportedBy\":\"emi\",\"reporterKind\":\"EMPLOYEE\","
            + "\"reportedAt\":\"2026-12-03T08:00:00Z\",\"suggestedSeverity\":\"P3\",\"severity\":\"P3\","
            + "\"triageDueBy\":\"2099-12-04T08:00:00Z\""
            + (triaged ? ",\"assignee\":\"hanako\",\"triagedAt\":\"2026-12-03T09:00:00Z\","
                + "\"decideDueBy\":\"2026-12-01T08:00:00Z\"" : "")
            + ",\"escalations\":[],\"sightings\":1,\"followUps\":[]}";
    }

    private static final String HISTORY = "{\"aggregateId\":\"INC\",\"events\":["
        + event(0, "IncidentReportedEvent", "emi", "EMPLOYEE", "{\"suggestedSeverity\":\"P3\"}")
        + "," + event(1, "IncidentReadUnredactedEvent", "hanako", "COMPLIANCE_OFFICER", "{}")
        + "," + event(2, "IncidentReadUnredactedEvent", "hanako", "COMPLIANCE_OFFICER", "{}")
        + "," + event(3, "IncidentTriagedEvent", "hanako", "COMPLIANCE_OFFICER",
            "{\"severity\":\"P2\",\"severityReason\":\"広がっている – spreading fast\",\"assignee\":\"hanako\"}")
        + "," + event(4, "ResponseDecidedEvent", "hanako", "COMPLIANCE_OFFICER", "{\"response\":{\"channel\":"
            + "\"OFFICIAL_ACCOUNT\",\"platform\":\"X\",\"handle\":\"@acme_jp\",\"text\":\"t\","
            + "\"link\":\"https://x.com/acme_jp/status/9\"}}")
        + "],\"nextAfter\":4}";

    private static String event(int sequence, String type, String actor, String role, String payload) {
        return "{\"aggregateType\":\"Incident\",\"aggregateId\":\"INC\",\"sequenceNumber\":" + sequence
            + ",\"eventId\":\"e" + sequence + "\",\"eventType\":\"" + type + "\",\"occurredAt\":\"2026-12-03T0"
            + sequence + ":00:00Z\",\"timestamp\":\"x\",\"payloadType\":\"x\",\"actor\":\"" + actor
            + "\",\"actorRole\":\"" + role + "\",\"metaData\":{},\"payload\":" + payload + "}";
    }
}
