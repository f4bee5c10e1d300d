package org.socialgov.policy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialgov.policy.web.PolicyRequests.CONTENT;
import static org.socialgov.policy.web.PolicyRequests.CREATION;
import static org.socialgov.policy.web.PolicyRequests.OFFICER;
import static org.socialgov.policy.web.PolicyRequests.post;
import static org.socialgov.policy.web.PolicyRequests.put;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.socialgov.testsupport.ConflictingWriters;

/**
 * Conflicting writers on the policy: several compliance officers edit the same draft at once, each with the ETag
 * they read. Every answer is a success, 409 or 412; each success is one edit on the record, and the policy's
 * version counts them.
 */
class PolicyConflictingWritersHttpTest extends PolicyServiceHttpTestBase {

    private static final int WRITERS = 8;
    private static final int ATTEMPTS_EACH = 8;
    private static final String ANSWER = "Answer no. ";
    private static final String QUESTIONS_HANDLING = "\"questionsHandling\":\"We answer where we can, not always.\"";

    @Test
    void givenManyOfficersWithIfMatch_whenTheyEditTheSameDraftAtOnce_thenNoEditIsLostAndTheVersionCountsThem()
        throws Exception {
        String id = (String) service.http().retrieve(post("/policies", CREATION, OFFICER), JSON).get("policyId");
        String policy = "/policies/" + id;
        String versionBefore = service.http().exchange(HttpRequest.GET(policy).bearerAuth(OFFICER), JSON)
            .header(HttpHeaders.ETAG);

        ConflictingWriters.Outcome outcome = ConflictingWriters.run(WRITERS, ATTEMPTS_EACH,
            value -> ConflictingWriters.changeWithIfMatch(service.http(), HttpRequest.GET(policy).bearerAuth(OFFICER),
                etag -> put(policy + "/versions/1", content(value), OFFICER)));

        outcome.assertOnlyAllowedAnswers(WRITERS * ATTEMPTS_EACH);
        List<Integer> accepted = outcome.acceptedValues();
        HttpResponse<Map<String, Object>> read = service.http().exchange(HttpRequest.GET(policy).bearerAuth(OFFICER),
            JSON);
        assertEquals("\"" + (version(versionBefore) + accepted.size()) + "\"", read.header(HttpHeaders.ETAG),
            "one version per accepted edit: " + accepted.size());
        List<Integer> recorded = editsOnRecord(policy);
        assertEquals(accepted.size(), recorded.size(), "every accepted edit is on the record once");
        assertEquals(Set.copyOf(accepted), Set.copyOf(recorded));
        List<?> versions = (List<?>) read.body().get("versions");
        Map<?, ?> draft = (Map<?, ?>) versions.get(versions.size() - 1);
        assertEquals(ANSWER + recorded.get(recorded.size() - 1), ((Map<?, ?>) draft.get("content"))
            .get("questionsHandling"), "the draft is the last accepted edit");
    }

    /** The example content, told apart by the way questions are handled. */
    private static String content(int value) {
        return CONTENT.replace(QUESTIONS_HANDLING, "\"questionsHandling\":\"" + ANSWER + value + "\"");
    }

    private static long version(String etag) {
        return Long.parseLong(etag.replace("\"", ""));
    }

    private static List<Integer> editsOnRecord(String policy) {
        Map<String, Object> history = service.http().retrieve(HttpRequest.GET(policy + "/history?limit=1000")
            .bearerAuth(OFFICER), JSON);
        List<Integer> values = new ArrayList<>();
        for (Object event : (List<?>) history.get("events")) {
            Map<?, ?> recorded = (Map<?, ?>) event;
            if ("PolicyDraftEditedEvent".equals(recorded.get("eventType"))) {
                Map<?, ?> content = (Map<?, ?>) ((Map<?, ?>) recorded.get("payload")).get("content");
                values.add(Integer.parseInt(((String) content.get("questionsHandling")).replace(ANSWER, "")));
            }
        }
        return values;
    }
}
