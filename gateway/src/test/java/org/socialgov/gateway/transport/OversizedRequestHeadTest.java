package org.socialgov.gateway.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.socialgov.gateway.GatewayTestSupport;

/**
 * A request whose headers or request line are longer than the server reads is refused for what it is, 431 or 414,
 * as problem+json with the security headers of every other answer; the server used to answer 413, "The request body
 * is too large", bare. Written on a raw socket, since an HTTP client may refuse to send such a request.
 */
@MicronautTest
class OversizedRequestHeadTest extends GatewayTestSupport {

    /** Netty's default limit on the header block, which the gateway keeps. */
    private static final int MAX_HEADER_BYTES = 8192;

    @Test
    void givenOneHeaderOverTheLimit_whenSent_thenRequestHeaderFieldsTooLargeWithSecurityHeaders() {
        String answer = rawExchange("GET /api/contracts/c-1 HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
            + "a".repeat(MAX_HEADER_BYTES + 100) + "\r\n\r\n");

        assertRefused(answer, 431, "request-header-fields-too-large");
    }

    @Test
    void givenManyHeadersAddingUpOverTheLimit_whenSent_thenRequestHeaderFieldsTooLarge() {
        StringBuilder headers = new StringBuilder();
        for (int i = 0; headers.length() <= MAX_HEADER_BYTES + 1000; i++) {
            headers.append("X-Padding-").append(i).append(": ").append("a".repeat(80)).append("\r\n");
        }

        assertRefused(rawExchange("GET /api/contracts/c-1 HTTP/1.1\r\nHost: localhost\r\n" + headers + "\r\n"), 431,
            "request-header-fields-too-large");
    }

    @Test
    void givenHeadersUnderTheLimit_whenSent_thenHandledAsUsual() {
        String answer = rawExchange("GET /api/contracts/c-1 HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
            + "a".repeat(MAX_HEADER_BYTES - 1000) + "\r\nConnection: close\r\n\r\n");

        assertTrue(answer.startsWith("HTTP/1.1 401 "), answer);
    }

    @Test
    void givenARequestLineOverTheLimit_whenSent_thenUriTooLongWithSecurityHeaders() {
        String answer = rawExchange("GET /api/contracts/" + "a".repeat(5000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertRefused(answer, 414, "uri-too-long");
    }

    private static void assertRefused(String answer, int status, String type) {
        String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase(Locale.ROOT);
        assertTrue(answer.matches("(?s)HTTP/1\\.[01] " + status + " .*"), answer);
        assertTrue(head.contains("\r\ncontent-type: application/problem+json"), answer);
        assertTrue(answer.contains("\"type\":\"https://socialgov.org/problems/" + type + "\""), answer);
        assertTrue(answer.contains("\"status\":" + status), answer);
        assertTrue(head.contains("\r\nx-content-type-options: nosniff"), answer);
        assertTrue(head.contains("\r\nx-frame-options: deny"), answer);
        assertTrue(head.contains("\r\ncontent-security-policy: default-src 'none'; frame-ancestors 'none'"), answer);
        assertTrue(head.contains("\r\nstrict-transport-security: "), answer);
        assertEquals(-1, answer.indexOf("Exception"), answer);
    }
}
