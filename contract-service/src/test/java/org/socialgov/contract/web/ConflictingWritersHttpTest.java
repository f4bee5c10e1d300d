package org.socialgov.contract.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.api.Test;

/**
 * Conflicting writers: several clients revise the same draft at once, each with the ETag it read. Every answer is a
 * success, 409 or 412; no success is lost (each is one event on the record, in version order) and the final version
 * is the number of successes.
 */
class ConflictingWritersHttpTest extends ContractServiceHttpTestBase {

    private static final int WRITERS = 8;
    private static final int ATTEMPTS_EACH = 8;
    private static final Set<Integer> ALLOWED = Set.of(200, 409, 412);

    @Test
    void givenManyWritersWithIfMatch_whenTheyReviseTheSameDraftAtOnce_thenNoUpdateIsLostAndTheVersionCountsThem()
        throws Exception {
        String id = createDraft();
        List<Integer> answers = Collections.synchronizedList(new ArrayList<>());
        List<Integer> acceptedValues = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                int first = writer * ATTEMPTS_EACH + 1;
                running.add(writers.submit(() -> {
                    start.await();
                    for (int value = first; value < first + ATTEMPTS_EACH; value++) {
                        int status = revise(id, value);
                        answers.add(status);
                        if (status == 200) {
                            acceptedValues.add(value);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : running) {
                writer.get(2, TimeUnit.MINUTES);
            }
        } finally {
            writers.shutdownNow();
        }

        assertEquals(WRITERS * ATTEMPTS_EACH, answers.size());
        assertTrue(ALLOWED.containsAll(answers), "answers: " + answers);
        assertTrue(!acceptedValues.isEmpty(), "at least one writer got through");
        HttpResponse<Map<String, Object>> read = service.http().exchange(HttpRequest.GET("/contracts/" + id)
            .bearerAuth(MANAGER), JSON);
        assertEquals("\"" + acceptedValues.size() + "\"", read.header(HttpHeaders.ETAG),
            "one version per accepted revision: " + acceptedValues.size());
        List<Integer> recorded = revisionsOnRecord(id);
        assertEquals(acceptedValues.size(), recorded.size(), "every accepted revision is on the record once");
        assertEquals(Set.copyOf(acceptedValues), Set.copyOf(recorded));
        assertEquals(recorded.get(recorded.size() - 1), postsPerMonth(read.body()),
            "the contract shows the last accepted revision");
    }

    /** Reads the draft's version, then revises it with that version as If-Match. */
    private static int revise(String id, int postsPerMonth) {
        try {
            String etag = service.http().exchange(HttpRequest.GET("/contracts/" + id).bearerAuth(MANAGER), JSON)
                .header(HttpHeaders.ETAG);
            return service.http().exchange(HttpRequest.PUT("/contracts/" + id + "/terms",
                    "{\"scope\":{\"platforms\":[\"X\"],\"postsPerMonth\":" + postsPerMonth + "}}")
                .contentType(MediaType.APPLICATION_JSON).bearerAuth(MANAGER).header(HttpHeaders.IF_MATCH, etag), JSON)
                .code();
        } catch (HttpClientResponseException refused) {
            return refused.code();
        }
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
