package org.socialgov.suite;

/**
 * The requests of the mixed load: a command and a read for each service, as the people who use them would send.
 * A command's {@code marker} is unique to it and lands in the event it records, so the store can be asked how many
 * times the command took effect.
 */
enum LoadOperation {

    CREATE_CONTRACT_DRAFT("contract-service", true),
    LIST_CONTRACTS("contract-service", false),
    REGISTER_STAFF_MEMBER("policy-service", true),
    LIST_STAFF("policy-service", false),
    REPORT_INCIDENT("incident-service", true),
    LIST_INCIDENTS("incident-service", false);

    /** The provider of every draft the load creates, so that the contract list can be filtered to them. */
    static final String PROVIDER = "agency-load";

    private static final String REPORT = """
        {"platform":"X","postUrl":"https://x.com/Load_Customer/status/%s","authorHandle":"@Load_Customer",
         "postedAt":"2026-05-04T08:00:00Z","seenAt":"2026-05-04T09:00:00Z","excerpt":"Still waiting for support",
         "evidence":{"sha256":"%s","location":"dms://captures/load.png"},
         "sentiment":"NEGATIVE","category":"COMPLAINT","reach":{"followers":50,"reposts":1,"replies":1}}""";

    private final String database;
    private final boolean command;

    LoadOperation(String database, boolean command) {
        this.database = database;
        this.command = command;
    }

    /** The service's database, where its events are kept. */
    String database() {
        return database;
    }

    boolean isCommand() {
        return command;
    }

    String method() {
        return command ? "POST" : "GET";
    }

    String path() {
        return switch (this) {
            case CREATE_CONTRACT_DRAFT -> "/api/contracts";
            case LIST_CONTRACTS -> "/api/contracts?providerId=" + PROVIDER + "&limit=20";
            case REGISTER_STAFF_MEMBER -> "/api/staff";
            case LIST_STAFF -> "/api/staff?limit=20";
            case REPORT_INCIDENT -> "/api/incidents";
            case LIST_INCIDENTS -> "/api/incidents?limit=20";
        };
    }

    /** The role of the person who sends it. */
    String role() {
        return switch (this) {
            case CREATE_CONTRACT_DRAFT, LIST_CONTRACTS -> "CONTRACT_MANAGER";
            case REGISTER_STAFF_MEMBER, LIST_STAFF, LIST_INCIDENTS -> "COMPLIANCE_OFFICER";
            case REPORT_INCIDENT -> "EMPLOYEE";
        };
    }

    /** The body of the command with this marker (a number unique in the run); none for a read. */
    String body(long marker) {
        return switch (this) {
            case CREATE_CONTRACT_DRAFT -> """
                {"title":"Load %d","provider":{"providerId":"%s","name":"Load Agency Ltd","kind":"AGENCY"},
                 "terms":{}}""".formatted(marker, PROVIDER);
            case REGISTER_STAFF_MEMBER -> """
                {"personId":"load-%d","name":"Load Person","standing":"EMPLOYEE","since":"2024-04-01"}"""
                .formatted(marker);
            case REPORT_INCIDENT -> REPORT.formatted(marker, "ab".repeat(32));
            default -> null;
        };
    }

    /** What the command's creation event contains, and no other command's does. */
    String recordedMarker(long marker) {
        return switch (this) {
            case CREATE_CONTRACT_DRAFT -> "Load " + marker + "\"";
            case REGISTER_STAFF_MEMBER -> "load-" + marker + "\"";
            case REPORT_INCIDENT -> "status/" + marker + "\"";
            default -> throw new IllegalStateException(this + " is a read");
        };
    }

    /** The field of a list item, and of a command's answer, that identifies what was created. */
    String idField() {
        return switch (this) {
            case CREATE_CONTRACT_DRAFT, LIST_CONTRACTS -> "contractId";
            case REGISTER_STAFF_MEMBER, LIST_STAFF -> "personId";
            case REPORT_INCIDENT, LIST_INCIDENTS -> "incidentId";
        };
    }

    /** The read that lists what this command creates. */
    LoadOperation listing() {
        return switch (this) {
            case CREATE_CONTRACT_DRAFT -> LIST_CONTRACTS;
            case REGISTER_STAFF_MEMBER -> LIST_STAFF;
            case REPORT_INCIDENT -> LIST_INCIDENTS;
            default -> this;
        };
    }
}
