package org.socialgov.contract.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import org.junit.jupiter.api.Test;
import org.socialgov.testsupport.ConflictingWriters;

/**
 * Conflicting writers: several clients revise the same draft at once, each with the ETag it read. Every answer is a
 * success, 409 or 412; no success is lost (each is one event on the record, in version order) and the final version
 * is the number of successes.
 */
class ConflictingWritersHttpTest extends ContractServiceHttpTestBase {

    private static final int WRITERS = 8;
    private static final int ATTEMPTS_EACH = 8;

    @Test
    void givenManyWritersWithIfMatch_whenTheyReviseTheSameDraftAtOnce_thenNoUpdateIsLostAndTheVersionCountsThem()
        throws Exception {
        String id = createDraft();

        ConflictingWriters.Outcome outcome = ConflictingWriters.run(WRITERS, ATTEMPTS_EACH,
            postsPerMonth -> ConflictingWriters.changeWithIfMatch(service.http(),
                HttpRequest.GET("/contracts/" + id).bearerAuth(MANAGER),
                etag -> HttpRequest.PUT("/contracts/" + id + "/terms",
                        "{\"scope\":{\"platforms\":[\"X\"],\"postsPerMonth\":" + postsPerMonth + "}}")
                    .contentType(MediaType.APPLICATION_JSON).bearerAuth(MANAGER)));

        outcome.assertOnlyAllowedAnswers(WRITERS * ATTEMPTS_EACH);
        List<Integer> accepted = outcome.acceptedValues();
        HttpResponse<Map<String, Object>> read = service.http().exchange(HttpRequest.GET("/contracts/" + id)
            .bearerAuth(MANAGER), JSON);
        assertEquals("\"" + accepted.size() + "\"", read.header(HttpHeaders.ETAG),
            "one version per accepted revision: " + accepted.size());
        List<Integer> recorded = revisionsOnRecord(id);
        assertEquals(accepted.size(), recorded.size(), "every accepted revision is on the record once");
        assertEquals(Set.copyOf(accepted), Set.copyOf(recorded));
        assertEquals(recorded.get(recorded.size() - 1), postsPerMonth(read.body()),
            "the contract shows the last accepted revision");
    }

    private static List<Integer> revisionsOnRecord(String id) {
        Map<String, Object> history = service.http().retrieve(HttpRequest.GET("/contracts/" + id
            + "/history?limit=1000").bearerAuth(MANAGER), JSON);
        List<Integer> values = new ArrayList<>();
        for (Object event : (List<?>) history.get("events")) {
            Map<?, ?> recorded = (Map<?, ?>) event;
            if ("ContractTermsRevisedEvent".equals(recorded.get("eventType"))) {
                values.add(postsPerMonth(Map.of("terms", ((Map<?, ?>) recorded.get("payload")).get("terms"))));
            }
        }
        return values;
    }

    private static Integer postsPerMonth(Map<?, ?> contract) {
        return ((Number) ((Map<?, ?>) ((Map<?, ?>) contract.get("terms")).get("scope")).get("postsPerMonth"))
            .intValue();
    }
}
