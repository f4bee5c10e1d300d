package org.socialgov.console.employee;

import java.util.List;

/** The values the incident API takes for a report's platform, sentiment and category (openapi/incident-service.yaml). */
public final class ReportChoices {

    public static final List<String> PLATFORMS = List.of("X", "FACEBOOK", "INSTAGRAM", "LINKEDIN", "YOUTUBE",
        "TIKTOK", "THREADS", "OTHER");
    public static final List<String> SENTIMENTS = List.of("NEGATIVE", "NEUTRAL", "MIXED", "POSITIVE");
    public static final List<String> CATEGORIES = List.of("COMPLAINT", "PRAISE", "RUMOUR_OR_MISINFORMATION",
        "CONFIDENTIAL_INFORMATION_LEAK", "EMPLOYEE_CONDUCT", "IMPERSONATION", "BACKLASH", "LEGAL_RISK", "OTHER");

    private ReportChoices() {
    }

    /** An API value in words: {@code RUMOUR_OR_MISINFORMATION} → "Rumour or misinformation". */
    public static String words(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String spaced = value.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
