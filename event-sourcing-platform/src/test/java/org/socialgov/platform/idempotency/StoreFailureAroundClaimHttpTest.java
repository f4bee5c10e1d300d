package org.socialgov.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socialgov.platform.identity.Roles;
import org.socialgov.platform.idempotency.StoreFailingIdempotencyRecords.Moment;
import org.socialgov.platform.support.TestServer;
import org.socialgov.platform.support.TestTokens;

/**
 * The store goes away just after a request claimed its Idempotency-Key: the claim is on the record but nothing
 * else is. Once the store is back, a retry with the same key runs, once, instead of being told "in progress" for
 * good (as a store-outage test under load once found).
 */
class StoreFailureAroundClaimHttpTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOKEN = TestTokens.internalToken("alice", "acme", List.of(Roles.CONTRACT_MANAGER));

    @RegisterExtension
    static final TestServer SERVICE = new TestServer(Map.of("test.store-fails-around-claims", "true"));

    @Test
    void givenTheClaimsAcknowledgementLost_whenRetriedAfterwards_thenTheRequestRunsOnce() throws Exception {
        assertRetryRunsOnceAfterFailureAt(Moment.CLAIM_ACKNOWLEDGEMENT, "ledger-claim-ack-lost");
    }

    @Test
    void givenTheStoreGoneRightAfterTheClaim_whenRetriedAfterwards_thenTheRequestRunsOnce() throws Exception {
        assertRetryRunsOnceAfterFailureAt(Moment.FIRST_READ_AFTER_CLAIM, "ledger-read-after-claim-failed");
    }

    private static void assertRetryRunsOnceAfterFailureAt(Moment moment, String ledgerId) throws Exception {
        assertEquals(201, send(HttpRequest.newBuilder(SERVICE.resolve("/test-ledgers/" + ledgerId))
            .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.noBody())).statusCode());
        SERVICE.bean(StoreFailingIdempotencyRecords.class).failNextRequestAt(moment);

        HttpResponse<String> failed = recordEntry(ledgerId);
        assertEquals(503, failed.statusCode(), failed.body());

        Awaitility.await("a retry runs").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
            .until(() -> recordEntry(ledgerId).statusCode() == 204);
        HttpResponse<String> replayed = recordEntry(ledgerId);
        assertEquals(204, replayed.statusCode(), "answer replayed: " + replayed.body());
        List<String> events = SERVICE.bean(EventStore.class).readEvents(ledgerId).asStream()
            .map(event -> event.getPayloadType().getSimpleName() + " #" + event.getSequenceNumber()
                + " key " + event.getMetaData().get("idempotencyKey") + " at " + event.getTimestamp()).toList();
        assertEquals(2, events.size(), "opened, and the entry once: " + events);
    }

    private static HttpResponse<String> recordEntry(String ledgerId) throws Exception {
        return send(HttpRequest.newBuilder(SERVICE.resolve("/test-ledgers/" + ledgerId + "/entries/9"))
            .header("Authorization", "Bearer " + TOKEN).header("Idempotency-Key", "entry-of-" + ledgerId)
            .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
