package org.socialgov.suite.hostile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.model.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.socialgov.suite.SpecConformance;

/**
 * What every answer to a generated request must be: never a 5xx; an error is problem+json whose status is the
 * HTTP status and one the spec declares for the operation (or one the gateway gives any route), and names no Java
 * type or parser token; a refusal stores nothing; a success conforms to the spec, and is never the answer to a
 * request the spec forbids.
 */
final class AnswerChecks {

    /** Statuses the gateway or the HTTP layer answer for any route, whatever the operation declares. */
    static final Set<Integer> GENERIC_STATUSES = Set.of(400, 401, 403, 404, 405, 406, 413, 414, 415, 429, 431);
    /** Refusals the spec says are recorded: {@code operationId:status}. */
    private static final Set<String> RECORDED_REFUSALS = Set.of("requestAssignment:409");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What the server is built of: an error that shows it means nothing to a client and informs an attacker. */
    private static final Pattern INTERNALS = Pattern.compile("org\\.socialgov\\.|io\\.micronaut\\.|io\\.netty\\."
        + "|java\\.(?:lang|util|time|io|net)\\.|jakarta\\.|com\\.fasterxml|com\\.mongodb|org\\.axonframework"
        + "|deserialization of type|No enum constant|\\b(?:START|END)_(?:OBJECT|ARRAY)\\b"
        + "|\\bVALUE_(?:STRING|NUMBER_INT|NUMBER_FLOAT|TRUE|FALSE|NULL)\\b");

    private final Map<String, SpecConformance> specs = new HashMap<>();

    List<String> check(SpecOperation operation, String canonicalPath, RequestDraft draft, RawResponse answer,
                       Map<String, Long> before, Map<String, Long> after) {
        List<String> faults = new ArrayList<>();
        int status = answer.status();
        if (status >= 500) {
            faults.add("a " + status + " (no generated request may cause a server error)");
        }
        if (status >= 400) {
            problemShape(answer, faults);
            if (!operation.declaredStatuses().contains(status) && !GENERIC_STATUSES.contains(status)) {
                faults.add("status " + status + " is not among those the spec declares "
                    + operation.declaredStatuses() + " nor a generic one " + GENERIC_STATUSES);
            }
            String stored = StoreCounts.difference(before, after);
            if (!stored.isEmpty() && !RECORDED_REFUSALS.contains(operation.operationId() + ":" + status)) {
                faults.add("the refusal stored something: " + stored);
            }
        } else if (draft.mustBeRefused) {
            faults.add("accepted (" + status + ") a request the spec forbids");
        }
        // A success must be one the spec declares, with its body; a generic refusal has no body in the spec.
        if (status < 400 || operation.declaredStatuses().contains(status)) {
            List<Map.Entry<String, String>> headers = answer.headers();
            Map<String, List<String>> byName = new HashMap<>();
            headers.forEach(header -> byName.computeIfAbsent(header.getKey(), name -> new ArrayList<>())
                .add(header.getValue()));
            spec(operation).deviations(Request.Method.valueOf(operation.method()), canonicalPath, status, byName,
                    answer.body()).stream().filter(deviation -> !emptyExport(answer, deviation))
                .forEach(deviation -> faults.add("outside the spec: " + deviation));
        }
        return faults;
    }

    /** An export of no events is an empty NDJSON stream, which the validator takes for a missing body. */
    private static boolean emptyExport(RawResponse answer, String deviation) {
        return answer.body().isEmpty() && String.valueOf(answer.header("content-type")).contains("ndjson")
            && deviation.contains("no response body found");
    }

    private static void problemShape(RawResponse answer, List<String> faults) {
        String contentType = String.valueOf(answer.header("content-type"));
        if (!contentType.startsWith("application/problem+json")) {
            faults.add("an error with Content-Type " + contentType + ", not application/problem+json");
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.body());
        } catch (Exception notJson) {
            faults.add("an error body that is not JSON");
            return;
        }
        Matcher internals = INTERNALS.matcher(answer.body());
        if (internals.find()) {
            faults.add("a problem that names the server's internals (" + internals.group() + "): "
                + RawHttp.abbreviated(answer.body()));
        }
        if (problem == null || !problem.isObject()) {
            faults.add("an error body that is not a JSON object");
            return;
        }
        for (String member : List.of("type", "title", "detail")) {
            if (!problem.path(member).isTextual() || problem.path(member).asText().isBlank()) {
                faults.add("a problem without a " + member);
            }
        }
        if (!problem.path("status").isInt() || problem.path("status").asInt() != answer.status()) {
            faults.add("a problem whose status " + problem.path("status") + " is not the HTTP status "
                + answer.status());
        }
    }

    private SpecConformance spec(SpecOperation operation) {
        return specs.computeIfAbsent(operation.spec(), SpecConformance::of);
    }
}
