package org.socialgov.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

/** Asserts that a call is refused with an RFC 9457 problem of the expected status and type. */
public final class Problems {

    private Problems() {
    }

    public static HttpClientResponseException assertProblem(Runnable call, int status, String typeSlug) {
        try {
            call.run();
        } catch (HttpClientResponseException e) {
            assertEquals(status, e.getStatus().getCode(), () -> e.getResponse().getBody(String.class).orElse(""));
            assertEquals("application/problem+json", e.getResponse().getContentType().map(MediaType::toString)
                .orElse(""));
            String body = e.getResponse().getBody(String.class).orElseThrow();
            assertTrue(body.contains("\"type\":\"https://socialgov.org/problems/" + typeSlug + "\""), body);
            return e;
        }
        throw new AssertionError("Expected a " + status + " problem");
    }
}
