package org.socialgov.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socialgov.platform.audit.AuditEvent;
import org.socialgov.platform.audit.AuditTrail;
import org.socialgov.platform.testmodel.Ledger;
import org.socialgov.platform.support.TestServer;
import org.socialgov.platform.support.TestTokens;

/**
 * X-Change-Reason on the wire: percent-encoded UTF-8 is recorded as the text it encodes; raw non-ASCII bytes (which
 * the server can only read as Latin-1, i.e. garbled), malformed escapes and over-long reasons are refused with 400
 * naming the header, before anything is recorded or any Idempotency-Key claimed. Sent on a raw socket, because
 * Java's HTTP client will not put raw non-ASCII bytes in a header.
 */
class ChangeReasonHttpTest {

    private static final String TOKEN = TestTokens.internalToken("alice", "acme", List.of(Roles.CONTRACT_MANAGER));
    private static final String REASON = "Vertrag für 2027 – 契約更新";
    private static final String ENCODED_REASON =
        "Vertrag%20f%C3%BCr%202027%20%E2%80%93%20%E5%A5%91%E7%B4%84%E6%9B%B4%E6%96%B0";

    @RegisterExtension
    static final TestServer SERVICE = new TestServer(Map.of());

    @Test
    void givenPercentEncodedUtf8Reason_whenLedgerOpened_thenHistoryShowsTheReasonAsWritten() throws Exception {
        RawAnswer answer = post("/test-ledgers/reason-encoded", ascii(ENCODED_REASON));

        assertEquals(201, answer.status(), answer.body());
        assertEquals(List.of(REASON), reasonsInHistoryOf("reason-encoded"));
    }

    @Test
    void givenRawUtf8BytesInTheReason_whenEntryRecorded_thenRefusedNamingTheHeaderAndNothingRecorded()
        throws Exception {
        assertEquals(201, post("/test-ledgers/reason-raw", ascii("Opened")).status());

        RawAnswer answer = post("/test-ledgers/reason-raw/entries/5", REASON.getBytes(StandardCharsets.UTF_8),
            "Idempotency-Key", "entry-with-raw-reason");

        assertRefusedNamingTheHeader(answer, "printable ASCII");
        assertEquals(List.of("Opened"), reasonsInHistoryOf("reason-raw"), "nothing recorded");
        assertEquals(0, SERVICE.bean(MongoDatabase.class).getCollection("idempotency_keys").countDocuments(),
            "no Idempotency-Key claimed, so the retry below is a first attempt");
        RawAnswer putRight = post("/test-ledgers/reason-raw/entries/5", ascii(ENCODED_REASON),
            "Idempotency-Key", "entry-with-raw-reason");
        assertEquals(204, putRight.status(), putRight.body());
        assertEquals(List.of("Opened", REASON), reasonsInHistoryOf("reason-raw"));
    }

    @Test
    void givenReasonOfFiveHundredCharactersOnceDecoded_thenAcceptedAndOneMoreRefused() throws Exception {
        String fiveHundred = "%E5%A5%91".repeat(ChangeReason.MAX_LENGTH);

        assertEquals(201, post("/test-ledgers/reason-longest", ascii(fiveHundred)).status());
        String recorded = reasonsInHistoryOf("reason-longest").get(0);
        assertTrue(recorded.equals("契".repeat(ChangeReason.MAX_LENGTH)), "recorded: " + recorded.length()
            + " characters, starting " + recorded.substring(0, 9));

        assertRefusedNamingTheHeader(post("/test-ledgers/reason-too-long", ascii(fiveHundred + "x")),
            "longer than 500 characters");
        assertRefusedNamingTheHeader(post("/test-ledgers/reason-too-long", ascii("x".repeat(501))),
            "longer than 500 characters");
        assertNothingRecordedFor("reason-too-long");
    }

    @Test
    void givenMalformedPercentEncoding_thenRefusedNamingTheHeaderAndNothingRecorded() throws Exception {
        for (String malformed : List.of("Raise by 5%", "50%off", "f%C3r", "%FF%FE", "line%0Abreak")) {
            assertEquals(400, post("/test-ledgers/reason-malformed", ascii(malformed)).status(), malformed);
        }
        assertRefusedNamingTheHeader(post("/test-ledgers/reason-malformed", ascii("Raise by 5%")), "%25");
        assertNothingRecordedFor("reason-malformed");
    }

    private static void assertRefusedNamingTheHeader(RawAnswer answer, String why) {
        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.head().contains("Content-Type: application/problem+json"), answer.head());
        assertTrue(answer.body().contains("https://socialgov.org/problems/invalid-request"), answer.body());
        assertTrue(answer.body().contains("Header 'X-Change-Reason'"), answer.body());
        assertTrue(answer.body().contains(why), answer.body());
    }

    private static void assertNothingRecordedFor(String ledgerId) {
        assertEquals(0, SERVICE.bean(EventStore.class).readEvents(ledgerId).asStream().count());
    }

    private static List<String> reasonsInHistoryOf(String ledgerId) {
        return SERVICE.bean(AuditTrail.class).history(Ledger.class, ledgerId, "acme", null, 100).events().stream()
            .map(AuditEvent::reason).toList();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** A POST written byte for byte on a socket, with the reason's bytes exactly as given. */
    private static RawAnswer post(String path, byte[] reason, String... headers) throws IOException {
        URI target = SERVICE.resolve(path);
        try (Socket socket = new Socket(target.getHost(), target.getPort())) {
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: " + target.getHost()
                + "\r\nConnection: close\r\nContent-Length: 0\r\nAuthorization: Bearer " + TOKEN + "\r\n");
            for (int i = 0; i + 1 < headers.length; i += 2) {
                head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            request.writeBytes(head.append(AuditMetaData.REASON_HEADER).append(": ").toString()
                .getBytes(StandardCharsets.US_ASCII));
            request.writeBytes(reason);
            request.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            out.write(request.toByteArray());
            out.flush();
            return RawAnswer.of(socket.getInputStream());
        }
    }

    /** The status line and headers, and the body, as they came back. */
    private record RawAnswer(int status, String head, String body) {

        static RawAnswer of(InputStream in) throws IOException {
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String head = end < 0 ? answer : answer.substring(0, end);
            return new RawAnswer(Integer.parseInt(head.split(" ", 3)[1]), head,
                end < 0 ? "" : answer.substring(end + 4));
        }
    }
}
