package org.socialgov.gateway.identity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.socialgov.gateway.GatewayTestSupport;
import org.socialgov.gateway.TestTokens;
import org.socialgov.gateway.backend.Echo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * What the record says about a change rests on what the gateway passes on: the X-Change-Reason header byte for byte
 * (the service decides whether it is well-formed, so raw UTF-8 must reach it as sent, not re-encoded into something
 * that might pass), and a client id only from a machine client's own token, never for a person.
 */
@MicronautTest
class AuditHeadersForwardingTest extends GatewayTestSupport {

    private static final String ENCODED_REASON = "Vertrag%20f%C3%BCr%202027%20%E2%80%93%20%E5%A5%91%E7%B4%84";

    @Test
    void givenPercentEncodedReason_whenForwarded_thenTheServiceGetsItAsSent() {
        HttpResponse<String> response = send(authorized("/api/contracts/c-1")
            .header("X-Change-Reason", ENCODED_REASON));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(List.of(ENCODED_REASON), echo(response).headers().get("x-change-reason"));
    }

    @Test
    void givenRawUtf8BytesInTheReason_whenForwarded_thenTheServiceGetsTheSameBytes() throws IOException {
        byte[] raw = "Vertrag für 2027 – 契約更新".getBytes(StandardCharsets.UTF_8);

        Echo echo = jsonMapper.readValue(rawPost("/api/contracts", raw), Argument.of(Echo.class));

        // A server reads each header byte as one ISO-8859-1 character: the same characters mean the same bytes.
        assertEquals(List.of(new String(raw, StandardCharsets.ISO_8859_1)), echo.headers().get("x-change-reason"));
    }

    @Test
    void givenPersonsTokenAndClientHeaders_whenForwarded_thenTheInternalTokenNamesNoClient() {
        HttpResponse<String> response = send(authorized("/api/contracts/c-1")
            .header("X-Client-Id", "sgc_someone_elses").header("client_id", "sgc_someone_elses"));

        assertEquals(200, response.statusCode(), response.body());
        String internal = echo(response).headers().get("authorization").get(0).substring("Bearer ".length());
        JWTClaimsSet claims = TestTokens.verified(internal, TestTokens.INTERNAL_SECRET);
        assertEquals("alice", claims.getSubject());
        assertNull(claims.getClaim("client_id"));
    }

    /** A POST written byte for byte, as Java's HTTP client will not send raw non-ASCII header bytes; the body back. */
    private byte[] rawPost(String path, byte[] reason) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Length: 0\r\nAuthorization: Bearer " + TestTokens.user("alice", "acme", "CONTRACT_MANAGER")
                + "\r\nX-Change-Reason: ").getBytes(StandardCharsets.US_ASCII));
            request.writeBytes(reason);
            request.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            out.write(request.toByteArray());
            out.flush();
            return body(socket.getInputStream());
        }
    }

    /** The body of a 201, read by its length or its chunks (the connection may stay open after it). */
    private static byte[] body(InputStream in) throws IOException {
        assertEquals("HTTP/1.1 201 Created", line(in));
        int length = -1;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            String lower = header.toLowerCase(Locale.ROOT);
            chunked |= lower.equals("transfer-encoding: chunked");
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring("content-length:".length()).trim());
            }
        }
        if (!chunked) {
            return in.readNBytes(length);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line(in), 16); size > 0; size = Integer.parseInt(line(in), 16)) {
            body.writeBytes(in.readNBytes(size));
            line(in);
        }
        return body.toByteArray();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("The connection closed in mid-answer");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
