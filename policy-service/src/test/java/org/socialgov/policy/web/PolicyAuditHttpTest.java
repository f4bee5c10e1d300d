package org.socialgov.policy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialgov.policy.web.PolicyRequests.AUDITOR;
import static org.socialgov.policy.web.PolicyRequests.CREATION;
import static org.socialgov.policy.web.PolicyRequests.OFFICER;
import static org.socialgov.policy.web.PolicyRequests.post;
import static org.socialgov.testsupport.Problems.assertProblem;

import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.socialgov.testsupport.InternalTokens;

/** The platform's audit capabilities on the policy's record: as of, history, diff, verification and export. */
class PolicyAuditHttpTest extends PolicyServiceHttpTestBase {

    @Test
    void givenPublishedPolicy_whenAuditorReplaysComparesVerifiesAndExports_thenTheRecordAnswers() {
        String policyId = (String) service.http().retrieve(post("/policies", CREATION, OFFICER), JSON)
            .get("policyId");
        service.http().retrieve(post("/policies/" + policyId + "/versions/1/publication",
            "{\"effectiveFrom\":\"2012-08-01\"}", OFFICER), JSON);

        Map<String, Object> draftOnly = get("/policies/" + policyId + "?version=0");
        assertEquals(List.of(false), ((List<?>) draftOnly.get("versions")).stream()
            .map(version -> ((Map<?, ?>) version).get("published")).toList());
        assertEquals(List.of("PolicyCreatedEvent", "PolicyVersionPublishedEvent"),
            ((List<?>) get("/policies/" + policyId + "/history").get("events")).stream()
                .map(event -> ((Map<?, ?>) event).get("eventType")).toList());
        List<?> changes = (List<?>) get("/policies/" + policyId + "/diff?from=0&to=1").get("changes");
        assertTrue(changes.contains(Map.of("path", "versions[0].published", "before", false, "after", true)),
            changes.toString());
        assertEquals("INTACT", get("/policies/" + policyId + "/integrity").get("verdict"));
        assertEquals("INTACT", get("/audit/policies/integrity").get("verdict"));
        String export = service.http().retrieve(HttpRequest.GET("/audit/policies/events").bearerAuth(AUDITOR),
            String.class);
        assertEquals(2, export.lines().count());
        assertProblem(() -> service.http().exchange(HttpRequest.GET("/policies/" + policyId + "/history")
            .bearerAuth(InternalTokens.forUser("olga", "globex", "AUDITOR")), JSON), 404, "not-found");
    }

    private static Map<String, Object> get(String path) {
        return service.http().retrieve(HttpRequest.GET(path).bearerAuth(AUDITOR), JSON);
    }
}
