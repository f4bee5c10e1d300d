package org.socialgov.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

/**
 * Conflicting writers: many clients change the same resource at once, each attempt with the ETag it has just read
 * in {@code If-Match}. What each service's test then checks on its own record: every accepted change is there once,
 * and the resource's version counts them.
 */
public final class ConflictingWriters {

    /** Accepted, refused as a simultaneous change, or refused because the resource changed since it was read. */
    public static final Set<Integer> ALLOWED_ANSWERS = Set.of(200, 409, 412);

    private ConflictingWriters() {
    }

    /** What the writers were told: every answer, and the values of the accepted changes. */
    public record Outcome(List<Integer> answers, List<Integer> acceptedValues) {

        /** Every answer is one of {@link #ALLOWED_ANSWERS}, every attempt got one, and some change got through. */
        public void assertOnlyAllowedAnswers(int attempts) {
            assertEquals(attempts, answers.size());
            assertTrue(ALLOWED_ANSWERS.containsAll(answers), "answers: " + answers);
            assertFalse(acceptedValues.isEmpty(), "at least one writer got through");
        }

        /** How many answers of each status, for the figures in README. */
        public Map<Integer, Long> byStatus() {
            return answers.stream().collect(Collectors.groupingBy(status -> status, TreeMap::new,
                Collectors.counting()));
        }
    }

    /**
     * Runs {@code writers} threads that start together, each making {@code attemptsEach} attempts; an attempt is given
     * a value no other attempt gets and returns the HTTP status it was answered with.
     */
    public static Outcome run(int writers, int attemptsEach, IntUnaryOperator attempt) throws Exception {
        List<Integer> answers = Collections.synchronizedList(new ArrayList<>());
        List<Integer> acceptedValues = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                int first = writer * attemptsEach + 1;
                running.add(pool.submit(() -> {
                    start.await();
                    for (int value = first; value < first + attemptsEach; value++) {
                        int status = attempt.applyAsInt(value);
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
            pool.shutdownNow();
        }
        Outcome outcome = new Outcome(List.copyOf(answers), List.copyOf(acceptedValues));
        System.out.printf("Conflicting writers: %d writers x %d attempts, answers %s%n", writers, attemptsEach,
            outcome.byStatus());
        return outcome;
    }

    /** Reads the resource's ETag, then sends the change with it as If-Match; returns the change's status. */
    public static int changeWithIfMatch(BlockingHttpClient http, MutableHttpRequest<?> read,
                                        Function<String, MutableHttpRequest<?>> change) {
        try {
            String etag = http.exchange(read, String.class).header(HttpHeaders.ETAG);
            return http.exchange(change.apply(etag).header(HttpHeaders.IF_MATCH, etag), String.class).code();
        } catch (HttpClientResponseException refused) {
            return refused.code();
        }
    }
}
