package org.socialgov.contract.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import com.mongodb.client.MongoDatabase;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.testsupport.InternalTokens;
import org.socialgov.testsupport.Problems;

/** The contract endpoints through the real server and the real driver, on the embedded store. */
class ContractsHttpTest extends ContractDraftFlowScenarios {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @TempDir
    static Path dataDir;
    private static ContractServiceRunner service;

    @BeforeAll
    static void start() {
        service = ContractServiceRunner.start(dataDir);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Override
    ContractServiceRunner service() {
        return service;
    }

    @Test
    void givenAnotherTenantsContract_whenRead_thenNotFound() {
        String contractId = createDraft(InternalTokens.forUser("alice", "acme", "CONTRACT_MANAGER"));
        String otherTenant = InternalTokens.forUser("mallory", "globex", "CONTRACT_MANAGER", "AUDITOR");

        assertProblem(() -> service.http().exchange(
            HttpRequest.GET("/contracts/" + contractId).bearerAuth(otherTenant), JSON), 404, "not-found");
        assertProblem(() -> service.http().exchange(
            HttpRequest.GET("/contracts/" + contractId + "/history").bearerAuth(otherTenant), JSON), 404,
            "not-found");
    }

    @Test
    void givenNoOrForgedIdentity_whenCallingTheServiceDirectly_thenRefused() {
        assertProblem(() -> service.http().exchange(HttpRequest.POST("/contracts", ContractFixtures.draftRequestJson())
            .contentType(MediaType.APPLICATION_JSON).header("X-Tenant", "acme").header("X-User", "alice"), JSON),
            401, "unauthenticated");
        String signedWithAnotherSecret = InternalTokens.sign("a-user-facing-secret-that-is-not-internal!",
            "alice", "acme", "CONTRACT_MANAGER");
        assertProblem(() -> service.http().exchange(HttpRequest.POST("/contracts", ContractFixtures.draftRequestJson())
            .contentType(MediaType.APPLICATION_JSON).bearerAuth(signedWithAnotherSecret), JSON),
            401, "unauthenticated");
    }

    @Test
    void givenAuditor_whenCreatingDraft_thenForbidden() {
        assertProblem(() -> service.http().exchange(HttpRequest.POST("/contracts", ContractFixtures.draftRequestJson())
                .contentType(MediaType.APPLICATION_JSON).bearerAuth(InternalTokens.forUser("ann", "acme", "AUDITOR")),
            JSON), 403, "forbidden");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "misspelt field, refused rather than ignored|\"provider\":{\"providerId\"|\"supplier\":{\"providerId\"|supplier",
        "wrong type|\"postsPerMonth\":12|\"postsPerMonth\":\"many\"|terms.scope.postsPerMonth",
        "unknown enum|\"kind\":\"AGENCY\"|\"kind\":\"BROKER\"|provider.kind",
        "oversized string|\"title\":\"Social media operations 2027\"|\"title\":\"LONG\"|title",
        "floating-point money|\"amount\":\"2500.00\"|\"amount\":\"25e2\"|terms.fees.baseMonthlyFee.amount",
        "malformed date|\"start\":\"2027-01-01\"|\"start\":\"2027-13-01\"|terms.term.start"})
    void givenInvalidDraft_whenCreated_thenBadRequestNamesTheFieldAndNothingIsStored(
        String caseName, String valid, String invalid, String field) {
        String body = ContractFixtures.draftRequestJson().replace(valid, invalid.replace("LONG", "x".repeat(201)));
        long eventsBefore = storedEvents();

        HttpClientResponseException refused = assertProblem(() -> service.http().exchange(
            HttpRequest.POST("/contracts", body).contentType(MediaType.APPLICATION_JSON)
                .bearerAuth(InternalTokens.forUser("alice", "acme", "CONTRACT_MANAGER")), JSON), 400,
            "invalid-request");

        String problem = refused.getResponse().getBody(String.class).orElseThrow();
        assertTrue(problem.contains("\"field\":\"" + field + "\""), caseName + ": " + problem);
        assertEquals(eventsBefore, storedEvents(), caseName + " must store nothing");
    }

    @Test
    void givenMalformedJson_whenCreated_thenBadRequestAndNothingIsStored() {
        long eventsBefore = storedEvents();
        HttpClientResponseException refused = assertProblem(() -> service.http().exchange(
            HttpRequest.POST("/contracts", "{\"title\": ").contentType(MediaType.APPLICATION_JSON)
                .bearerAuth(InternalTokens.forUser("alice", "acme", "CONTRACT_MANAGER")), JSON), 400,
            "invalid-request");
        assertTrue(refused.getResponse().getBody(String.class).orElseThrow().contains("\"field\":\"body\""));
        assertEquals(eventsBefore, storedEvents());
    }

    @Test
    void givenTermEndingBeforeItStarts_whenCreated_thenUnprocessableAndNothingIsStored() {
        long eventsBefore = storedEvents();
        String backwards = ContractFixtures.draftRequestJson().replace("\"end\":\"2027-12-31\"", "\"end\":\"2026-12-31\"");
        assertProblem(() -> service.http().exchange(HttpRequest.POST("/contracts", backwards)
            .contentType(MediaType.APPLICATION_JSON)
            .bearerAuth(InternalTokens.forUser("alice", "acme", "CONTRACT_MANAGER")), JSON), 422,
            "contract-term-invalid");
        assertEquals(eventsBefore, storedEvents());
    }

    private static String createDraft(String token) {
        return (String) service.http().retrieve(HttpRequest.POST("/contracts", ContractFixtures.draftRequestJson())
            .contentType(MediaType.APPLICATION_JSON).bearerAuth(token), JSON).get("contractId");
    }

    private static long storedEvents() {
        return service.context().getBean(MongoDatabase.class).getCollection("domainevents").countDocuments();
    }

    static HttpClientResponseException assertProblem(Runnable call, int status, String typeSlug) {
        return Problems.assertProblem(call, status, typeSlug);
    }
}
