package org.socialgov.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socialgov.platform.support.TestServer;
import org.socialgov.platform.support.TestTokens;
import org.socialgov.problem.ProblemType;

/**
 * Through the real HTTP server: every event carries who caused it, for which tenant, in which request, and the
 * identity comes only from a token signed with the internal secret, never from a plain header.
 */
class AuditMetaDataHttpTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final TestServer SERVICE = new TestServer(Map.of());

    @Test
    void givenSignedInternalToken_whenCommandSentOverHttp_thenTheEventCarriesTheCallersAuditMetaData()
        throws Exception {
        String token = TestTokens.internalToken("alice", "acme", List.of(Roles.CONTRACT_MANAGER, Roles.AUDITOR));

        HttpResponse<String> response = send(open("audit-1")
            .header("Authorization", "Bearer " + token)
            .header(AuditMetaData.REQUEST_ID_HEADER, "req-0001")
            .header(AuditMetaData.REASON_HEADER, "Quarterly review")
            .header(AuditMetaData.TRACEPARENT_HEADER, "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));

        assertEquals(201, response.statusCode(), response.body());
        List<? extends DomainEventMessage<?>> events = SERVICE.bean(EventStore.class).readEvents("audit-1").asStream().toList();
        assertEquals(1, events.size());
        MetaData metaData = events.get(0).getMetaData();
        assertEquals("acme", metaData.get(AuditMetaData.TENANT));
        assertEquals("alice", metaData.get(AuditMetaData.ACTOR));
        assertEquals(Roles.CONTRACT_MANAGER + "," + Roles.AUDITOR, metaData.get(AuditMetaData.ACTOR_ROLE));
        assertEquals("req-0001", metaData.get(AuditMetaData.REQUEST_ID));
        assertEquals("Quarterly review", metaData.get(AuditMetaData.REASON));
        assertEquals("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            metaData.get(AuditMetaData.TRACEPARENT));
        assertNotNull(metaData.get(AuditMetaData.CORRELATION_ID), "Axon's correlation id links event to command");
        assertFalse(metaData.containsKey(AuditMetaData.CLIENT_ID), "a person acted, not a machine client");
    }

    @Test
    void givenMachineClientsInternalToken_whenCommandSentOverHttp_thenTheEventCarriesItsClientId() throws Exception {
        String token = TestTokens.internalClientToken("agency-blue", "acme", List.of(Roles.AGENCY), "sgc_blue_bot");

        HttpResponse<String> response = send(open("audit-client").header("Authorization", "Bearer " + token));

        assertEquals(201, response.statusCode(), response.body());
        MetaData metaData = onlyEventOf("audit-client").getMetaData();
        assertEquals("agency-blue", metaData.get(AuditMetaData.ACTOR), "the client speaks as the agency");
        assertEquals("sgc_blue_bot", metaData.get(AuditMetaData.CLIENT_ID), "and says which client it was");
    }

    @Test
    void givenPersonsTokenWithClientHeaders_whenCommandSentOverHttp_thenNoClientIdIsRecorded() throws Exception {
        String token = TestTokens.internalToken("agency-blue", "acme", List.of(Roles.AGENCY));

        HttpResponse<String> response = send(open("audit-forged-client")
            .header("Authorization", "Bearer " + token)
            .header("X-Client-Id", "sgc_admins_client")
            .header("client_id", "sgc_admins_client")
            .header("X-Forwarded-Client-Id", "sgc_admins_client"));

        assertEquals(201, response.statusCode(), response.body());
        MetaData metaData = onlyEventOf("audit-forged-client").getMetaData();
        assertEquals("agency-blue", metaData.get(AuditMetaData.ACTOR));
        assertFalse(metaData.containsKey(AuditMetaData.CLIENT_ID), "only the gateway's token names a client");
    }

    @Test
    void givenNoToken_whenCommandSentOverHttp_thenUnauthorizedProblemAndNothingAppended() throws Exception {
        HttpResponse<String> response = send(open("audit-2").header(AuditMetaData.REQUEST_ID_HEADER, "req-0002"));

        assertUnauthorizedProblem(response);
        assertTrue(response.body().contains("\"requestId\":\"req-0002\""), response.body());
        assertNothingAppendedFor("audit-2");
    }

    @Test
    void givenPlainIdentityHeadersOnly_whenCommandSentOverHttp_thenRefusedAndNothingAppended() throws Exception {
        HttpResponse<String> response = send(open("audit-3")
            .header("X-Tenant", "acme")
            .header("X-Actor", "mallory")
            .header("X-Roles", Roles.CONTRACT_MANAGER));

        assertUnauthorizedProblem(response);
        assertNothingAppendedFor("audit-3");
    }

    @Test
    void givenTokenSignedWithAnotherSecret_whenCommandSentOverHttp_thenRefusedAndNothingAppended() throws Exception {
        String forged = TestTokens.signed("mallory", "acme", List.of(Roles.CONTRACT_MANAGER),
            "not-the-internal-secret-but-just-as-long-0123456789");

        HttpResponse<String> response = send(open("audit-4")
            .header("Authorization", "Bearer " + forged)
            .header("X-Tenant", "acme"));

        assertUnauthorizedProblem(response);
        assertNothingAppendedFor("audit-4");
    }

    @Test
    void givenExistingLedger_whenOpenedAgainOverHttp_thenAlreadyExistsProblemAndNothingDuplicated() throws Exception {
        String token = TestTokens.internalToken("alice", "acme", List.of(Roles.CONTRACT_MANAGER));
        assertEquals(201, send(open("audit-5").header("Authorization", "Bearer " + token)).statusCode());

        HttpResponse<String> again = send(open("audit-5").header("Authorization", "Bearer " + token));

        assertEquals(409, again.statusCode(), again.body());
        assertEquals(PROBLEM_JSON, again.headers().firstValue("Content-Type").orElse(""));
        assertTrue(again.body().contains(ProblemType.ALREADY_EXISTS.uri()), again.body());
        assertEquals(1, SERVICE.bean(EventStore.class).readEvents("audit-5").asStream().count());
    }

    private HttpRequest.Builder open(String ledgerId) {
        return HttpRequest.newBuilder(SERVICE.resolve("/test-ledgers/" + ledgerId))
            .POST(HttpRequest.BodyPublishers.noBody());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertUnauthorizedProblem(HttpResponse<String> response) {
        assertEquals(401, response.statusCode(), response.body());
        assertEquals(PROBLEM_JSON, response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("\"status\":401"), response.body());
    }

    private static DomainEventMessage<?> onlyEventOf(String ledgerId) {
        List<? extends DomainEventMessage<?>> events = SERVICE.bean(EventStore.class).readEvents(ledgerId).asStream()
            .toList();
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static void assertNothingAppendedFor(String ledgerId) {
        assertEquals(0, SERVICE.bean(EventStore.class).readEvents(ledgerId).asStream().count());
    }
}
