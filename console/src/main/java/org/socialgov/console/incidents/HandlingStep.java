package org.socialgov.console.incidents;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The handling steps a compliance officer takes on an incident, the console's address of each form and the API
 * operation it calls, and the states the API allows each from (openapi/incident-service.yaml: reported → triaged →
 * escalated, as often as needed → response decided → resolved → closed; reopened back to triage). The console shows
 * a step only where the API would take it; the API decides, and its refusal is shown in words.
 */
public enum HandlingStep {

    TRIAGE("triage", "triage", "Triage", Set.of("REPORTED", "TRIAGED")),
    ESCALATE("escalation", "escalations", "Escalate", Set.of("TRIAGED", "ESCALATED")),
    DECIDE_RESPONSE("response-decision", "response-decision", "Decide the response", Set.of("TRIAGED", "ESCALATED")),
    RESOLVE("resolution", "resolution", "Resolve", Set.of("RESPONSE_DECIDED")),
    CLOSE("closure", "closure", "Close", Set.of("RESOLVED")),
    REOPEN("reopening", "reopening", "Reopen", Set.of("RESOLVED", "CLOSED")),
    FOLLOW_UP("follow-up", "follow-ups", "Add a follow-up",
        Set.of("REPORTED", "TRIAGED", "ESCALATED", "RESPONSE_DECIDED", "RESOLVED")),
    MERGE("merge", "merge", "Merge into another incident",
        Set.of("REPORTED", "TRIAGED", "ESCALATED", "RESPONSE_DECIDED", "RESOLVED"));

    private final String path;
    private final String apiPath;
    private final String title;
    private final Set<String> allowedFrom;

    HandlingStep(String path, String apiPath, String title, Set<String> allowedFrom) {
        this.path = path;
        this.apiPath = apiPath;
        this.title = title;
        this.allowedFrom = allowedFrom;
    }

    static Optional<HandlingStep> atPath(String path) {
        return Arrays.stream(values()).filter(step -> step.path.equals(path)).findFirst();
    }

    public boolean allowedFrom(String status) {
        return allowedFrom.contains(status);
    }

    /** Where the console's form for this step posts, for one incident. */
    public String formAction(String incidentId) {
        return "/incidents/" + incidentId + "/" + path;
    }

    String apiPath(String encodedIncidentId) {
        return "/api/incidents/" + encodedIncidentId + "/" + apiPath;
    }

    public String title() {
        return title;
    }
}
