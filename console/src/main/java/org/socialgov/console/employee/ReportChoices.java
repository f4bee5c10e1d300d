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

}
