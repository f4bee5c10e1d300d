package org.socialgov.console.incidents;

import java.util.List;
import java.util.Map;

import org.socialgov.console.web.Words;

/** The incident API's handling values (openapi/incident-service.yaml) and how people say them. */
public final class HandlingWords {

    public static final List<String> SEVERITIES = List.of("P1", "P2", "P3", "P4", "P5");
    /** Where an incident's handling stands (the API's IncidentStatus). */
    public static final List<String> STATES = List.of("REPORTED", "TRIAGED", "ESCALATED", "RESPONSE_DECIDED",
        "RESOLVED", "CLOSED", "MERGED");
    public static final List<String> ESCALATION_TARGETS = List.of("LEGAL", "PR", "EXECUTIVES");
    /** How the company may answer: on one of its official accounts, on its website, by a press release. */
    public static final List<String> CHANNELS = List.of("OFFICIAL_ACCOUNT", "WEBSITE", "PRESS_RELEASE");

    /** The two ends of the scale as the API describes them; how long each allows is the deployment's own. */
    private static final Map<String, String> SEVERITY_WORDS = Map.of("P1", "P1 (drop everything)",
        "P5", "P5 (the weekly round)");
    private static final Map<String, String> TARGET_WORDS = Map.of("LEGAL", "Legal", "PR", "Public relations",
        "EXECUTIVES", "The executives");
    private static final Map<String, String> TARGET_IN_SENTENCE = Map.of("LEGAL", "legal", "PR",
        "public relations", "EXECUTIVES", "the executives");

    private HandlingWords() {
    }

    public static String severity(String severity) {
        return SEVERITY_WORDS.getOrDefault(severity, severity);
    }

    public static String escalationTarget(String target) {
        return TARGET_WORDS.getOrDefault(target, Words.code(target));
    }

    /** "Escalated it to ...". */
    public static String escalationTargetInSentence(String target) {
        return TARGET_IN_SENTENCE.getOrDefault(target, target);
    }

    public static String channel(String channel) {
        return "OFFICIAL_ACCOUNT".equals(channel) ? "An official account" : Words.code(channel);
    }
}
