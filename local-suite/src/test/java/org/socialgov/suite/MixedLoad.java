package org.socialgov.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load through the gateway: a few clients, each sending the {@link LoadOperation}s in turn, back to back,
 * until stopped. Every answer is kept, with its timing, for the test to judge afterwards.
 */
final class MixedLoad {

    /** Far beyond any answer the services should take; a request still unanswered then is a hang. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    private static final LoadOperation[] OPERATIONS = LoadOperation.values();

    private final String gatewayUrl;
    private final Map<String, String> tokensByRole;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong markers = new AtomicLong();
    private final List<LoadAnswer> answers = new ArrayList<>();
    private ExecutorService clients;
    private volatile boolean running;

    MixedLoad(String gatewayUrl, Map<String, String> tokensByRole) {
        this.gatewayUrl = gatewayUrl;
        this.tokensByRole = tokensByRole;
    }

    /** Starts the clients, each at a different operation so that all services are busy from the first moment. */
    void start(int clientCount) {
        running = true;
        clients = Executors.newFixedThreadPool(clientCount);
        for (int client = 0; client < clientCount; client++) {
            int first = client;
            clients.submit(() -> {
                for (int i = first; running; i++) {
                    send(OPERATIONS[i % OPERATIONS.length]);
                }
            });
        }
    }

    /** Stops the clients once their requests in flight are answered. */
    void stop() throws InterruptedException {
        running = false;
        clients.shutdown();
        if (!clients.awaitTermination(REQUEST_TIMEOUT.multipliedBy(2).toSeconds(), TimeUnit.SECONDS)) {
            clients.shutdownNow();
            throw new IllegalStateException("The load's clients did not stop");
        }
    }

    /** Sends one request of the operation, with a new Idempotency-Key if it is a command, and keeps the answer. */
    LoadAnswer send(LoadOperation operation) {
        boolean command = operation.isCommand();
        return send(operation, command ? markers.incrementAndGet() : 0, command ? UUID.randomUUID().toString() : null);
    }

    /** Sends a command again, as a client that got no success would: the same body, the same Idempotency-Key. */
    LoadAnswer retry(LoadAnswer refused) {
        return send(refused.operation(), refused.marker(), refused.idempotencyKey());
    }

    private LoadAnswer send(LoadOperation operation, long marker, String idempotencyKey) {
        String body = operation.body(marker);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gatewayUrl + operation.path()))
            .timeout(REQUEST_TIMEOUT)
            .header("Authorization", "Bearer " + tokensByRole.get(operation.role()))
            .method(operation.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey);
        }
        long sentAt = System.nanoTime();
        LoadAnswer answer;
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            answer = new LoadAnswer(operation, marker, idempotencyKey, response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("Retry-After").orElse(null), response.body(), sentAt,
                System.nanoTime());
        } catch (HttpTimeoutException e) {
            answer = new LoadAnswer(operation, marker, idempotencyKey, 0, null, null, "no answer: " + e, sentAt, System.nanoTime());
        } catch (IOException e) {
            // The gateway itself never stops in this test: a refused connection to it is a failure like any other.
            answer = new LoadAnswer(operation, marker, idempotencyKey, -1, null, null, "no answer: " + e, sentAt, System.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        synchronized (answers) {
            answers.add(answer);
        }
        return answer;
    }

    List<LoadAnswer> answers() {
        synchronized (answers) {
            return List.copyOf(answers);
        }
    }
}
