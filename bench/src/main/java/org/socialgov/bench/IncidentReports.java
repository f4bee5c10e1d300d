package org.socialgov.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The command-path load: a fixed number of clients, each sending incident reports through the gateway one after the
 * other, as an employee who saw a negative post. Every report is of a different post, so each is a new incident (201)
 * and never a sighting of an earlier one.
 */
final class IncidentReports {

    private static final String REPORT = """
        {"platform":"X","postUrl":"https://x.com/Angry_Customer/status/%d","authorHandle":"@Angry_Customer",
         "postedAt":"2026-05-04T08:00:00Z","seenAt":"2026-05-04T09:00:00Z",
         "excerpt":"Third week without an answer from Acme support",
         "evidence":{"sha256":"%s","location":"dms://captures/4242.png"},
         "sentiment":"NEGATIVE","category":"COMPLAINT","reach":{"followers":5000,"reposts":80,"replies":40}}""";

    private final String url;
    private final String token;
    private final int clients;
    /** The next post's number; starts from the clock so that runs against a kept store never repeat a post. */
    private final AtomicLong nextPost = new AtomicLong(System.currentTimeMillis() * 1000);

    IncidentReports(String gatewayUrl, String employeeToken, int clients) {
        this.url = gatewayUrl + "/api/incidents";
        this.token = employeeToken;
        this.clients = clients;
    }

    int clients() {
        return clients;
    }

    /**
     * Sends {@code count} reports (fewer if {@code limit} passes first), calling {@code whileRunning} every half
     * second meanwhile; fails if any report is not accepted with 201.
     */
    Outcome send(int count, Duration limit, Runnable whileRunning) {
        AtomicLong claimed = new AtomicLong();
        AtomicLong accepted = new AtomicLong();
        AtomicReference<String> refusal = new AtomicReference<>();
        long deadline = System.nanoTime() + limit.toNanos();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            for (int i = 0; i < clients; i++) {
                pool.submit(() -> {
                    while (refusal.get() == null && System.nanoTime() < deadline
                        && claimed.incrementAndGet() <= count) {
                        HttpResponse<String> answer = Http.send("POST", url, token, report());
                        if (answer.statusCode() == 201) {
                            accepted.incrementAndGet();
                        } else {
                            refusal.compareAndSet(null, answer.statusCode() + " " + answer.body());
                        }
                    }
                });
            }
            pool.shutdown();
            while (!pool.isTerminated()) {
                whileRunning.run();
                pool.awaitTermination(500, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        if (refusal.get() != null) {
            throw new IllegalStateException("A report was not accepted: " + refusal.get());
        }
        return new Outcome(accepted.get(), (System.nanoTime() - start) / 1e9);
    }

    private String report() {
        return REPORT.formatted(nextPost.incrementAndGet(), "ab".repeat(32));
    }

    /** How many reports were accepted, in how many seconds. */
    record Outcome(long accepted, double seconds) {
        double perSecond() {
            return accepted / seconds;
        }
    }
}
