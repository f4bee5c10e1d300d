package org.socialgov.console.employee;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the form into the API's report (openapi IncidentReport) and the API's field names back into the form's.
 * The console checks only what it must convert (numbers, dates and times, given in UTC); every rule is the API's.
 */
final class ReportRequests {

    /** The API's field paths that the form names differently. */
    private static final Map<String, String> FORM_FIELDS = Map.of("reach.followers", "followers", "reach.reposts",
        "reposts", "reach.replies", "replies", "reach", "followers", "evidence.location", "evidenceLocation",
        "evidence.sha256", "evidenceSha256", "evidence", "evidenceLocation");

    private ReportRequests() {
    }

    /** The request body, or the problems that keep the form from being sent (by form field). */
    static Map<String, Object> body(ReportInput input, Map<String, String> problems) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("platform", blankToNull(input.platform()));
        body.put("postUrl", input.text(input.postUrl()));
        body.put("authorHandle", input.text(input.authorHandle()));
        body.put("excerpt", input.text(input.excerpt()));
        body.put("postedAt", instant(input.postedAt(), "postedAt", problems));
        body.put("seenAt", instant(input.seenAt(), "seenAt", problems));
        body.put("sentiment", blankToNull(input.sentiment()));
        body.put("category", blankToNull(input.category()));
        Map<String, Object> reach = new LinkedHashMap<>();
        reach.put("followers", count(input.followers(), "followers", problems));
        reach.put("reposts", count(input.reposts(), "reposts", problems));
        reach.put("replies", count(input.replies(), "replies", problems));
        body.put("reach", reach);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("location", input.text(input.evidenceLocation()));
        evidence.put("sha256", input.text(input.evidenceSha256()));
        body.put("evidence", evidence);
        List<Integer> rules = new ArrayList<>();
        for (String rule : input.policyRules() == null ? List.<String>of() : input.policyRules()) {
            try {
                rules.add(Integer.parseInt(rule));
            } catch (NumberFormatException e) {
                problems.put("policyRules", "choose among the policy's rules");
            }
        }
        body.put("policyRules", rules);
        return body;
    }

    /** The API's field problems under the form's field names. */
    static Map<String, String> formErrors(Map<String, String> apiFields) {
        Map<String, String> errors = new HashMap<>();
        apiFields.forEach((field, message) -> {
            String plain = field.replaceAll("\\[\\d+]$", "");
            errors.merge(FORM_FIELDS.getOrDefault(plain, plain), message, (first, next) -> first + "; " + next);
        });
        return errors;
    }

    private static String instant(String value, String field, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atOffset(ZoneOffset.UTC).toInstant().toString();
        } catch (DateTimeParseException e) {
            problems.put(field, "must be a date and time, such as 2026-12-03T09:30");
            return null;
        }
    }

    private static Long count(String value, String field, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            problems.put(field, "must be a whole number");
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
