package org.socialgov.console.policyadmin;

import java.util.List;

/** The values the policy API takes for the officer's forms and filters (openapi/policy-*.yaml). */
public final class PolicyAdminChoices {

    public static final List<String> CATEGORIES = List.of("AWARENESS", "CLIENT_CONFIDENTIALITY",
        "OWN_CONFIDENTIALITY_AND_PRIVACY", "CONDUCT", "DISCLAIMER", "UNDERSTANDING_THE_MEDIUM", "REPORTING");
    public static final List<String> STANDINGS = List.of("OFFICER", "EMPLOYEE", "NON_REGULAR_EMPLOYEE",
        "FORMER_EMPLOYEE");
    /** Nobody joins as a former employee: the departure is recorded after the joining. */
    public static final List<String> JOINING_STANDINGS = STANDINGS.subList(0, 3);
    public static final List<String> REVIEW_OUTCOMES = List.of("NO_CHANGE", "AMENDMENTS_NEEDED");
    public static final List<String> ACCOUNT_STATUSES = List.of("SCHEDULED", "ACTIVE", "RETIRED");

    private PolicyAdminChoices() {
    }
}
