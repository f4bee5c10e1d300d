package org.socialgov.console.incidents;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.socialgov.console.gateway.ApiProblem;

/**
 * Turns a step's form into the API's request body, and the API's field names back into the form's. The console
 * checks only what it must to build the request (which official account was chosen); every rule is the API's.
 */
final class StepRequests {

    /** "Decide the response": no response at all, rather than a channel. */
    static final String NO_RESPONSE = "NONE";

    private static final Map<HandlingStep, Map<String, String>> FORM_FIELDS = Map.of(
        HandlingStep.TRIAGE, Map.of("severity", "severity", "severityReason", "severityReason", "assignee",
            "assignee"),
        HandlingStep.ESCALATE, Map.of("to", "escalateTo", "reason", "escalationReason"),
        HandlingStep.DECIDE_RESPONSE, Map.of("response", "answer", "response.channel", "answer",
            "response.platform", "accountId", "response.handle", "accountId", "response.text", "responseText",
            "response.link", "responseLink", "noResponseReason", "noResponseReason"),
        HandlingStep.RESOLVE, Map.of("summary", "resolution"),
        HandlingStep.CLOSE, Map.of("note", "closureNote"),
        HandlingStep.REOPEN, Map.of("reason", "reopeningReason"),
        HandlingStep.FOLLOW_UP, Map.of("observation", "observation"),
        HandlingStep.MERGE, Map.of("survivorId", "survivorId", "reason", "mergeReason"));

    /**
     * A rule's refusal that concerns one input names no field (the API's problem type says which rule): its title is
     * shown beside that input as well as above the form.
     */
    private static final Map<String, String> RULE_FIELDS = Map.of(
        "incident-response-link-not-of-account", "responseLink",
        "incident-response-account-not-official", "accountId");

    private StepRequests() {
    }

    /** The request body, or the problems (by form field) that keep it from being sent. */
    static Map<String, Object> body(HandlingStep step, StepInput in, ResponseAccounts accounts,
                                    Map<String, String> problems) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (step) {
            case TRIAGE -> {
                body.put("severity", blankToNull(in.severity()));
                body.put("severityReason", blankToNull(in.severityReason()));
                body.put("assignee", StepInput.stripped(in.assignee()));
            }
            case ESCALATE -> {
                body.put("to", blankToNull(in.escalateTo()));
                body.put("reason", StepInput.stripped(in.escalationReason()));
            }
            case DECIDE_RESPONSE -> decision(in, accounts, body, problems);
            case RESOLVE -> body.put("summary", StepInput.stripped(in.resolution()));
            case CLOSE -> body.put("note", blankToNull(in.closureNote()));
            case REOPEN -> body.put("reason", StepInput.stripped(in.reopeningReason()));
            case FOLLOW_UP -> body.put("observation", StepInput.stripped(in.observation()));
            case MERGE -> {
                body.put("survivorId", StepInput.stripped(in.survivorId()));
                body.put("reason", StepInput.stripped(in.mergeReason()));
            }
        }
        return body;
    }

    /** The API's field problems under the step form's field names; a field the form lacks stays as the API named it. */
    static Map<String, String> formErrors(HandlingStep step, ApiProblem problem) {
        Map<String, String> names = FORM_FIELDS.get(step);
        Map<String, String> errors = new HashMap<>();
        problem.fieldMessages().forEach((field, message) ->
            errors.merge(names.getOrDefault(field, field), message, (first, next) -> first + "; " + next));
        String type = problem.type() == null ? "" : problem.type().substring(problem.type().lastIndexOf('/') + 1);
        if (RULE_FIELDS.containsKey(type) && problem.title() != null) {
            errors.putIfAbsent(RULE_FIELDS.get(type), problem.title());
        }
        return errors;
    }

    private static void decision(StepInput in, ResponseAccounts accounts, Map<String, Object> body,
                                 Map<String, String> problems) {
        String answer = StepInput.stripped(in.answer());
        if (answer.isEmpty()) {
            problems.put("answer", "choose how the company answers, or that it does not");
            return;
        }
        if (NO_RESPONSE.equals(answer)) {
            body.put("noResponseReason", StepInput.stripped(in.noResponseReason()));
            return;
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("channel", answer);
        if ("OFFICIAL_ACCOUNT".equals(answer)) {
            Optional<ResponseAccounts.Account> account = accounts.byId(StepInput.stripped(in.accountId()));
            if (account.isEmpty()) {
                problems.put("accountId", "choose one of the company's official accounts");
                return;
            }
            response.put("platform", account.get().platform());
            response.put("handle", account.get().handle());
        }
        response.put("text", StepInput.stripped(in.responseText()));
        response.put("link", StepInput.stripped(in.responseLink()));
        body.put("response", response);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
