package org.socialgov.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.client.contract.model.AuditEvent;
import org.socialgov.client.contract.model.ContractStatus;

/**
 * Through the gateway, with the services as their own processes: an Idempotency-Key is its caller's own (another
 * agency replaying one agency's key and report is refused on its own merits, never handed the first agency's
 * incident), and X-Change-Reason reaches the record as the text the client percent-encoded, while raw UTF-8 bytes
 * or an over-long reason are refused with 400 naming the header and change nothing.
 */
class ReplayedKeyAndChangeReasonEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String REASON = "Vertrag für 2027 – 契約更新";
    private static final String ENCODED_REASON =
        "Vertrag%20f%C3%BCr%202027%20%E2%80%93%20%E5%A5%91%E7%B4%84%E6%9B%B4%E6%96%B0";
    private static final String REPORT = """
        {"platform":"X","postUrl":"https://x.com/Angry_Customer/status/5151","authorHandle":"@Angry_Customer",
         "postedAt":"2026-05-04T08:00:00Z","seenAt":"2026-05-04T09:00:00Z",
         "excerpt":"Third week without an answer from Acme support",
         "evidence":{"sha256":"%s","location":"dms://captures/5151.png"},
         "sentiment":"NEGATIVE","category":"COMPLAINT","reach":{"followers":5000,"reposts":80,"replies":40}}"""
        .formatted("cd".repeat(32));

    @TempDir
    static Path dataDir;
    private static RunningSuite running;

    @BeforeAll
    static void startSuite() {
        running = RunningSuite.start(dataDir, SuiteApplication.CONTRACT_SERVICE, SuiteApplication.POLICY_SERVICE,
            SuiteApplication.INCIDENT_SERVICE);
    }

    @AfterAll
    static void stopSuite() {
        running.close();
    }

    @Test
    void givenAgencysReportUnderAKey_whenAnotherAgencySendsTheSameKeyAndReport_thenRefusedOnItsOwnMerits()
        throws Exception {
        String manager = running.token("alice", "acme", "CONTRACT_MANAGER");
        String blue = running.token("agency-blue", "acme", "AGENCY");
        String red = running.token("agency-red", "acme", "AGENCY");
        monitoringContractInForce(manager, "agency-blue", blue);
        HttpResponse<String> blues = running.call("POST", "/api/incidents", blue, REPORT, "Idempotency-Key", "r-1");
        assertEquals(201, blues.statusCode(), blues.body());
        String incidentId = JSON.readTree(blues.body()).get("incidentId").asText();

        HttpResponse<String> reds = running.call("POST", "/api/incidents", red, REPORT, "Idempotency-Key", "r-1");

        assertEquals(403, reds.statusCode(), "agency-red has no contract, whoever used the key before: "
            + reds.body());
        assertFalse(reds.body().contains(incidentId), reds.body());
        HttpResponse<String> bluesRetry = running.call("POST", "/api/incidents", blue, REPORT, "Idempotency-Key",
            "r-1");
        assertEquals(201, bluesRetry.statusCode(), bluesRetry.body());
        assertEquals(incidentId, JSON.readTree(bluesRetry.body()).get("incidentId").asText(), "blue's own replay");
    }

    @Test
    void givenReasonsThroughTheGateway_whenPercentEncoded_thenRecordedAsWritten_andRawBytesOrTooLongChangeNothing()
        throws Exception {
        String manager = running.token("alice", "acme", "CONTRACT_MANAGER");
        String contractId = running.contracts(manager).createContractDraft(ContractDrafts.operations2027(), null,
            ENCODED_REASON).getContractId();
        assertEquals(List.of(REASON), reasonsOf(contractId, manager));
        String withdrawal = "/api/contracts/" + contractId + "/withdrawal";

        RawAnswer raw = rawPost(withdrawal, manager, REASON.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> tooLong = running.call("POST", withdrawal, manager, null, "X-Change-Reason",
            "x".repeat(501));

        assertEquals(400, raw.status(), raw.body());
        assertTrue(raw.body().contains("Header 'X-Change-Reason' must be printable ASCII"), raw.body());
        assertEquals(400, tooLong.statusCode(), tooLong.body());
        assertTrue(tooLong.body().contains("Header 'X-Change-Reason' is longer than 500"), tooLong.body());
        assertEquals(List.of(REASON), reasonsOf(contractId, manager), "nothing recorded");
        assertEquals(ContractStatus.WITHDRAWN, running.contracts(manager).withdrawContractDraft(contractId, null, null,
            "Ersetzt%20durch%20Vertrag%20f%C3%BCr%202028").getStatus());
        assertEquals(List.of(REASON, "Ersetzt durch Vertrag für 2028"), reasonsOf(contractId, manager));
    }

    private static List<String> reasonsOf(String contractId, String token) throws Exception {
        return running.contractHistory(token).getContractHistory(contractId, null, null).getEvents().stream()
            .map(AuditEvent::getReason).toList();
    }

    private static void monitoringContractInForce(String manager, String agency, String agencyToken)
        throws Exception {
        HttpResponse<String> created = running.call("POST", "/api/contracts", manager, """
            {"title":"Monitoring and reporting","provider":{"providerId":"%s","name":"%s Ltd","kind":"AGENCY"},
             "terms":{"scope":{"platforms":["X"],"tasks":["MENTION_MONITORING_AND_REPORTING"],"postsPerMonth":4},
                      "fees":{"baseMonthlyFee":{"currency":"EUR","amount":"900.00"}},
                      "term":{"start":"%s","end":"%s"},"damages":{"cap":"UNCAPPED"}}}"""
            .formatted(agency, agency, TODAY.minusDays(30), TODAY.plusDays(335)));
        assertEquals(201, created.statusCode(), created.body());
        String contractId = JSON.readTree(created.body()).get("contractId").asText();
        assertEquals(ContractStatus.ACTIVE, ActiveContracts.signByBothParties(running, contractId, manager,
            agencyToken).getStatus());
    }

    /** A POST through the gateway written byte for byte: Java's HTTP client will not send raw non-ASCII headers. */
    private static RawAnswer rawPost(String path, String token, byte[] reason) throws IOException {
        URI gateway = URI.create(running.suite.gatewayUrl());
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(30_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes(("POST " + path + " HTTP/1.1\r\nHost: " + gateway.getHost() + "\r\nContent-Length: 0"
                + "\r\nAuthorization: Bearer " + token + "\r\nX-Change-Reason: ").getBytes(StandardCharsets.US_ASCII));
            request.writeBytes(reason);
            request.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(request.toByteArray());
            return RawAnswer.read(socket.getInputStream());
        }
    }

    /** Status and body of one answer, read by its length or chunks (the connection stays open after it). */
    private record RawAnswer(int status, String body) {

        static RawAnswer read(InputStream in) throws IOException {
            int status = Integer.parseInt(line(in).split(" ")[1]);
            int length = 0;
            boolean chunked = false;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                String lower = header.toLowerCase(Locale.ROOT);
                chunked |= lower.equals("transfer-encoding: chunked");
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring("content-length:".length()).trim());
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (!chunked) {
                body.writeBytes(in.readNBytes(length));
            }
            for (int size = chunked ? Integer.parseInt(line(in), 16) : 0; size > 0;
                 size = Integer.parseInt(line(in), 16)) {
                body.writeBytes(in.readNBytes(size));
                line(in);
            }
            return new RawAnswer(status, body.toString(StandardCharsets.UTF_8));
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
}
