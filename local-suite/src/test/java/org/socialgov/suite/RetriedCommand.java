package org.socialgov.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One command as a careful client sends it: with its own Idempotency-Key, sent again with the same key after a
 * lost connection, a timeout, a 5xx or an "in progress" answer, until it gets a final answer or runs out of time.
 */
final class RetriedCommand {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration PAUSE = Duration.ofMillis(250);

    final String kind;
    final String idempotencyKey = UUID.randomUUID().toString();
    private final URI uri;
    private final String token;
    private final String json;
    int status = -1;
    String body = "";
    int attempts;

    RetriedCommand(String kind, URI uri, String token, String json) {
        this.kind = kind;
        this.uri = uri;
        this.token = token;
        this.json = json;
    }

    /** Sends until a final answer or the deadline; returns this, with the last answer kept. */
    RetriedCommand sendUntilAnswered(Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            return this;
        }
        try {
            Awaitility.await().atMost(left).pollDelay(Duration.ZERO)
                .pollInterval(PAUSE).pollInSameThread().until(this::sendOnceForAFinalAnswer);
        } catch (ConditionTimeoutException outOfTime) {
            // The last answer stays recorded; the test reports the command as never answered.
        }
        return this;
    }

    private boolean sendOnceForAFinalAnswer() throws InterruptedException {
        attempts++;
        try {
            HttpResponse<String> response = RunningSuite.HTTP.send(HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            body = response.body();
            return !worthRetrying();
        } catch (IOException lostConnection) {
            status = -1;
            body = lostConnection.toString();
            return false;
        }
    }

    boolean acknowledged() {
        return status >= 200 && status < 300;
    }

    /** The service took the command but lost its answer in the crash; the effect is on the record. */
    boolean answerLost() {
        return status == 409 && body.contains("idempotency-key-answer-lost");
    }

    private boolean worthRetrying() {
        return status >= 500 || status == 429 || (status == 409 && body.contains("idempotency-key-in-progress"));
    }

    @Override
    public String toString() {
        return kind + " " + idempotencyKey + " → " + status + " after " + attempts + " attempt(s): " + body;
    }
}
