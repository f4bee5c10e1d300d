package org.socialgov.contract.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import org.junit.jupiter.api.Test;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.testsupport.InternalTokens;

/** The walking skeleton's flow, run once on the embedded store and once on a real MongoDB. */
abstract class ContractDraftFlowScenarios {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    abstract ContractServiceRunner service();

    @Test
    void givenContractManager_whenDraftCreated_thenReadableWithEtagAndHistoryNamesActorAndTenant() {
        String token = InternalTokens.forUser("alice", "acme", "CONTRACT_MANAGER");
        HttpResponse<Map<String, Object>> created = service().http().exchange(
            HttpRequest.POST("/contracts", ContractFixtures.draftRequestJson()).bearerAuth(token)
                .contentType(MediaType.APPLICATION_JSON).header("X-Request-Id", "req-create-1"), JSON);

        assertEquals(HttpStatus.CREATED, created.getStatus());
        String contractId = (String) created.body().get("contractId");
        assertEquals("/contracts/" + contractId, created.header(HttpHeaders.LOCATION));
        assertEquals("\"0\"", created.header(HttpHeaders.ETAG));
        assertEquals("DRAFT", created.body().get("status"));

        HttpResponse<Map<String, Object>> read = service().http().exchange(
            HttpRequest.GET("/contracts/" + contractId).bearerAuth(token), JSON);
        assertEquals("\"0\"", read.header(HttpHeaders.ETAG));
        assertEquals(Map.of("baseMonthlyFee", Map.of("currency", "EUR", "amount", "2500.00")),
            ((Map<?, ?>) read.body().get("terms")).get("fees"));

        Map<String, Object> history = service().http().retrieve(
            HttpRequest.GET("/contracts/" + contractId + "/history").bearerAuth(token), JSON);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) history.get("events");
        assertEquals(1, events.size());
        Map<String, Object> event = events.get(0);
        assertEquals("ContractDraftCreatedEvent", event.get("eventType"));
        assertEquals("alice", event.get("actor"));
        assertEquals("acme", event.get("tenant"));
        assertEquals("CONTRACT_MANAGER", event.get("actorRole"));
        assertEquals("req-create-1", event.get("requestId"));
        assertNotNull(event.get("correlationId"));
        Map<?, ?> recordedTerms = (Map<?, ?>) ((Map<?, ?>) event.get("payload")).get("terms");
        assertEquals(Map.of("currency", "EUR", "amount", "2500.00"),
            ((Map<?, ?>) recordedTerms.get("fees")).get("baseMonthlyFee"),
            "money is recorded exactly, as a decimal string");
        assertEquals(List.of("X", "INSTAGRAM"), ((Map<?, ?>) recordedTerms.get("scope")).get("platforms"),
            "platforms are recorded in a stable order");
    }
}
