package org.socialgov.suite;

import java.time.Duration;

/**
 * One answer of the load, with when its request was sent and answered ({@link System#nanoTime()}). Status 0 means
 * no answer came within the client's own timeout (a hang).
 */
record LoadAnswer(LoadOperation operation, long marker, String idempotencyKey, int status, String contentType, String retryAfter,
                  String body, long sentAt, long answeredAt) {

    Duration took() {
        return Duration.ofNanos(answeredAt - sentAt);
    }

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** A retry told that the first request with its Idempotency-Key was carried out though its answer was lost. */
    boolean isCarriedOutEarlier() {
        return status == 409 && body != null && body.contains("/idempotency-key-answer-lost\"");
    }

    /** The 503 a caller can act on: problem+json, saying when to retry, with nothing of the server's insides. */
    boolean isServiceUnavailableProblem() {
        return status == 503 && "application/problem+json".equals(contentType) && retryAfter != null
            && !revealsInternals();
    }

    boolean revealsInternals() {
        return body != null && (body.contains("Exception") || body.contains("\tat ") || body.contains(".java:"));
    }

    /** Whether the request was in flight at some moment between the two instants. */
    boolean overlaps(long from, long to) {
        return sentAt < to && answeredAt > from;
    }

    @Override
    public String toString() {
        return operation + (operation.isCommand() ? " #" + marker : "") + " → " + status + " in " + took().toMillis()
            + " ms" + (isSuccess() ? "" : ": " + body);
    }
}
