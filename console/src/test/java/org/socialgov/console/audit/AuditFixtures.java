package org.socialgov.console.audit;

import org.socialgov.console.FakeGateway;
import org.socialgov.console.FakeHttpApi;

/** What the audit API answers in the console's tests, as openapi/audit.yaml shapes it. */
final class AuditFixtures {

    static final String PROBLEM = "application/problem+json";

    private AuditFixtures() {
    }

    static String event(String id, long sequence, String type, String actor, String role, String reason,
                        String requestId) {
        return "{\"aggregateType\":\"Contract\",\"aggregateId\":\"" + id + "\",\"sequenceNumber\":" + sequence
            + ",\"eventId\":\"e-" + sequence + "\",\"eventType\":\"" + type + "\",\"occurredAt\":\"2026-12-0"
            + (sequence + 1) + "T09:30:00Z\",\"timestamp\":\"2026-12-01T09:30:00.000Z\",\"payloadType\":\"x\","
            + "\"tenant\":\"acme\",\"actor\":\"" + actor + "\",\"actorRole\":\"" + role + "\",\"reason\":\"" + reason
            + "\",\"requestId\":\"" + requestId + "\",\"metaData\":{},\"payload\":{}}";
    }

    static String intact(String id, long last) {
        return "{\"aggregateType\":\"Contract\",\"aggregateId\":\"" + id + "\",\"verdict\":\"INTACT\","
            + "\"eventsChecked\":" + (last + 1) + ",\"lastSequenceNumber\":" + last + ",\"lastHash\":\"" + "a".repeat(64)
            + "\",\"explanation\":\"All " + (last + 1) + " events are intact and in their recorded order\"}";
    }

    static String broken(String type, String id, long last, long at) {
        return "{\"aggregateType\":\"" + type + "\",\"aggregateId\":\"" + id + "\",\"verdict\":\"BROKEN\","
            + "\"eventsChecked\":" + (last + 1) + ",\"lastSequenceNumber\":" + last + ",\"brokenAt\":" + at
            + ",\"breach\":\"CHANGED\",\"explanation\":\"Event " + at + " (AmendmentProposedEvent) no longer matches"
            + " its hash: its content was changed after it was recorded\"}";
    }

    static String tenant(long checked, String... broken) {
        return "{\"tenant\":\"acme\",\"verdict\":\"" + (broken.length == 0 ? "INTACT" : "BROKEN")
            + "\",\"aggregatesChecked\":" + checked + ",\"eventsChecked\":" + (checked * 4) + ",\"brokenAggregates\":"
            + broken.length + ",\"broken\":[" + String.join(",", broken) + "],\"checkedAt\":\"2026-12-03T10:00:00Z\"}";
    }

    static String problem(int status, String title, String detail) {
        return FakeHttpApi.problem(status, title, detail, "");
    }


    /** Every service's records intact, with three contracts and a next page. */
    static void tenantWithContracts(FakeGateway gateway) {
        gateway.answerGet("/api/audit/contracts/integrity", tenant(3, broken("Contract", "c-tampered", 4, 2)));
        gateway.answerGet("/api/audit/policies/integrity", tenant(5));
        gateway.answerGet("/api/audit/incidents/integrity", tenant(2));
        gateway.answerGet("/api/contracts", "{\"items\":[{\"contractId\":\"c-1\",\"title\":\"ソーシャルメディア運用 2027\","
            + "\"status\":\"ACTIVE\",\"providerId\":\"blue\",\"providerName\":\"Blå Himmel AS\",\"termEnd\":\"2027-12-31\","
            + "\"version\":4}],\"nextCursor\":\"next_2\"}");
        gateway.answerGet("/api/policies", "[{\"policyId\":\"p-acme\",\"title\":\"方針\",\"latestPublishedVersion\":1,"
            + "\"nextReviewDue\":\"2027-04-01\",\"reviewOverdue\":false}]");
    }
}
