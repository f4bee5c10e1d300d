package org.socialgov.policy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.socialgov.policy.web.PolicyRequests.CREATION;
import static org.socialgov.policy.web.PolicyRequests.OFFICER;
import static org.socialgov.policy.web.PolicyRequests.OTHER_TENANT_OFFICER;
import static org.socialgov.policy.web.PolicyRequests.post;
import static org.socialgov.policy.web.PolicyRequests.staff;
import static org.socialgov.testsupport.Problems.assertProblem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Reviews are recorded once they have taken place; one recorded with the wrong date is corrected on the record,
 * and the next review date and the overdue list follow the correction.
 */
class PolicyReviewHttpTest extends PolicyServiceHttpTestBase {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void givenReviewRecordedOnTheWrongDay_whenCorrected_thenTheScheduleAndTheOverdueListFollowAndHistoryShowsBoth() {
        String policyId = (String) service.http().retrieve(post("/policies", CREATION, OFFICER), JSON)
            .get("policyId");

        assertProblem(() -> review(policyId, TODAY.plusYears(36)), 422, "policy-rule-violated");
        Map<String, Object> unchanged = policy(policyId);
        assertEquals(0, unchanged.get("version"));
        assertNull(unchanged.get("lastReview"));

        review(policyId, TODAY);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> overdue().isEmpty());

        LocalDate reallyReviewed = TODAY.minusYears(2);
        Map<String, Object> corrected = service.http().retrieve(post("/policies/" + policyId + "/review-corrections",
            "{\"reviewedOn\":\"" + reallyReviewed + "\",\"reason\":\"Recorded on the day it was filed\"}", OFFICER),
            JSON);

        assertEquals(reallyReviewed.plusMonths(12).toString(), corrected.get("nextReviewDue"));
        Map<?, ?> lastReview = (Map<?, ?>) corrected.get("lastReview");
        assertEquals(reallyReviewed.toString(), lastReview.get("reviewedOn"));
        assertEquals(TODAY.toString(), lastReview.get("correctedFrom"));
        assertEquals("Recorded on the day it was filed", lastReview.get("correctionReason"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> overdue().equals(List.of(policyId)));
        List<?> events = (List<?>) service.http().retrieve(HttpRequest.GET("/policies/" + policyId + "/history")
            .bearerAuth(PolicyRequests.AUDITOR), JSON).get("events");
        assertEquals(List.of("PolicyCreatedEvent", "PolicyReviewedEvent", "PolicyReviewCorrectedEvent"),
            events.stream().map(event -> ((Map<?, ?>) event).get("eventType")).toList());
    }

    @Test
    void givenReview_whenCorrectedWronglyOrByTheWrongPerson_thenRefusedAndNothingChanges() {
        String officer = org.socialgov.testsupport.InternalTokens.forUser("kaori", "initech", "COMPLIANCE_OFFICER");
        String policyId = (String) service.http().retrieve(post("/policies", CREATION, officer), JSON)
            .get("policyId");
        String correction = "/policies/" + policyId + "/review-corrections";
        assertProblem(() -> service.http().exchange(post(correction, "{\"reviewedOn\":\"" + TODAY
            + "\",\"reason\":\"x\"}", officer), JSON), 422, "policy-rule-violated");
        service.http().retrieve(post("/policies/" + policyId + "/reviews", "{\"reviewedOn\":\"" + TODAY
            + "\",\"outcome\":\"NO_CHANGE\"}", officer), JSON);

        assertProblem(() -> service.http().exchange(post(correction, "{\"reviewedOn\":\"" + TODAY.plusDays(1)
            + "\",\"reason\":\"x\"}", officer), JSON), 422, "policy-rule-violated");
        assertProblem(() -> service.http().exchange(post(correction, "{\"reviewedOn\":\"" + TODAY.minusDays(1)
            + "\"}", officer), JSON), 400, "invalid-request");
        assertProblem(() -> service.http().exchange(post(correction, "{\"reviewedOn\":\"" + TODAY.minusDays(1)
            + "\",\"reason\":\"x\"}", staff("emi")), JSON), 403, "forbidden");
        assertProblem(() -> service.http().exchange(post(correction, "{\"reviewedOn\":\"" + TODAY.minusDays(1)
            + "\",\"reason\":\"x\"}", OTHER_TENANT_OFFICER), JSON), 404, "not-found");
        assertEquals(TODAY.toString(), ((Map<?, ?>) service.http().retrieve(HttpRequest.GET("/policies/" + policyId)
            .bearerAuth(officer), JSON).get("lastReview")).get("reviewedOn"));
    }

    private static Map<String, Object> review(String policyId, LocalDate reviewedOn) {
        return service.http().retrieve(post("/policies/" + policyId + "/reviews", "{\"reviewedOn\":\"" + reviewedOn
            + "\",\"outcome\":\"NO_CHANGE\",\"notes\":\"Still fits\"}", OFFICER), JSON);
    }

    private static Map<String, Object> policy(String policyId) {
        return service.http().retrieve(HttpRequest.GET("/policies/" + policyId).bearerAuth(OFFICER), JSON);
    }

    private static List<Object> overdue() {
        return service.http().retrieve(HttpRequest.GET("/policies?reviewOverdue=true").bearerAuth(OFFICER),
            Argument.listOf(Map.class)).stream().<Object>map(summary -> summary.get("policyId")).toList();
    }
}
