package org.socialgov.console.contracts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the contract page's forms into the API's requests (always for the client party: the contract manager acts
 * for their company), and the API's field names back into the form's. Every rule is the API's.
 */
final class ContractActionRequests {

    private static final Pattern VERSION = Pattern.compile("\\d{1,18}");
    private static final Pattern WARNING = Pattern.compile("acceptedWarnings\\[(\\d+)]\\.?.*");
    /** The consent request's field paths that the form names differently. */
    private static final Map<String, String> CONSENT_FIELDS = Map.of("subcontractor", "subcontractorId",
        "subcontractor.companyId", "subcontractorId", "subcontractor.name", "subcontractorName", "consent",
        "consentReference", "consent.reference", "consentReference", "consent.date", "consentDate",
        "consent.signatory", "consentSignatory");

    private ContractActionRequests() {
    }

    static Map<String, String> headers(ContractActionInput input) {
        Map<String, String> headers = new HashMap<>();
        String version = ContractActionInput.text(input.version());
        if (VERSION.matcher(version).matches()) {
            headers.put("If-Match", "\"" + version + "\"");
        }
        String key = ContractActionInput.text(input.idempotencyKey());
        if (!key.isEmpty() && key.length() <= 200) {
            headers.put("Idempotency-Key", key);
        }
        return headers;
    }

    static Map<String, Object> signature(ContractActionInput input) {
        List<Map<String, String>> accepted = new ArrayList<>();
        for (int i = 0; i < input.codes().size(); i++) {
            accepted.add(Map.of("code", input.codes().get(i), "justification", input.justificationOf(i)));
        }
        Map<String, Object> body = party();
        body.put("signatoryName", ContractActionInput.text(input.signatoryName()));
        body.put("signatoryRole", ContractActionInput.text(input.signatoryRole()));
        body.put("acceptedWarnings", accepted);
        return body;
    }

    static Map<String, Object> decision(ContractActionInput input) {
        Map<String, Object> body = party();
        body.put("decision", ContractActionInput.text(input.decision()));
        String reason = ContractActionInput.text(input.reason());
        if (!reason.isEmpty()) {
            body.put("reason", reason);
        }
        return body;
    }

    static Map<String, Object> termination(ContractActionInput input) {
        Map<String, Object> body = party();
        body.put("ground", ContractActionInput.text(input.ground()));
        body.put("explanation", ContractActionInput.text(input.explanation()));
        return body;
    }

    static Map<String, Object> consent(ContractActionInput input) {
        Map<String, Object> subcontractor = new LinkedHashMap<>();
        subcontractor.put("companyId", ContractActionInput.text(input.subcontractorId()));
        subcontractor.put("name", ContractActionInput.text(input.subcontractorName()));
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("reference", ContractActionInput.text(input.consentReference()));
        String date = ContractActionInput.text(input.consentDate());
        consent.put("date", date.isEmpty() ? null : date);
        consent.put("signatory", ContractActionInput.text(input.consentSignatory()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subcontractor", subcontractor);
        body.put("tasks", input.taskList());
        body.put("consent", consent);
        return body;
    }

    static Map<String, Object> party() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("party", Contract.CLIENT);
        return body;
    }

    /** The API's field problems under the form's field names (a warning's by its code). */
    static Map<String, String> formErrors(Map<String, String> apiFields, ContractActionInput input) {
        Map<String, String> errors = new HashMap<>();
        apiFields.forEach((field, message) -> {
            Matcher warning = WARNING.matcher(field);
            String formField = CONSENT_FIELDS.getOrDefault(field, field.replaceAll("^tasks\\[\\d+]$", "tasks"));
            if (warning.matches()) {
                int index = Integer.parseInt(warning.group(1));
                formField = index < input.codes().size() ? "justification-" + input.codes().get(index) : "warnings";
            }
            errors.merge(formField, message, (first, next) -> first + "; " + next);
        });
        return errors;
    }

    /** What was typed, by form field, to show again beside the API's refusal. */
    static Map<String, String> typed(ContractActionInput input) {
        Map<String, String> typed = new HashMap<>();
        typed.put("signatoryName", ContractActionInput.text(input.signatoryName()));
        typed.put("signatoryRole", ContractActionInput.text(input.signatoryRole()));
        for (int i = 0; i < input.codes().size(); i++) {
            typed.put("justification-" + input.codes().get(i), input.justificationOf(i));
        }
        typed.put("reason", ContractActionInput.text(input.reason()));
        typed.put("ground", ContractActionInput.text(input.ground()));
        typed.put("explanation", ContractActionInput.text(input.explanation()));
        typed.put("subcontractorId", ContractActionInput.text(input.subcontractorId()));
        typed.put("subcontractorName", ContractActionInput.text(input.subcontractorName()));
        typed.put("tasks", String.join(",", input.taskList()));
        typed.put("consentReference", ContractActionInput.text(input.consentReference()));
        typed.put("consentDate", ContractActionInput.text(input.consentDate()));
        typed.put("consentSignatory", ContractActionInput.text(input.consentSignatory()));
        return typed;
    }
}
