package org.socialgov.gateway.clients;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialgov.gateway.MachineClientsTestSupport;
import org.socialgov.gateway.TestTokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /api/clients: a company's enterprise admins manage its machine clients, and only its own. */
@MicronautTest
class ClientsApiTest extends MachineClientsTestSupport {

    @Test
    void givenEnterpriseAdmin_whenRegistering_thenCreatedForTheirTenantWithTheSecretShownOnce() {
        HttpResponse<String> created = postJson("/api/clients", adminOf("acme"),
            "{\"name\":\"Acme ERP\",\"roles\":[\"CONTRACT_MANAGER\",\"AUDITOR\"]}");

        assertEquals(201, created.statusCode(), created.body());
        assertEquals("no-store", created.headers().firstValue("Cache-Control").orElse(""));
        Map<String, Object> body = json(created);
        String clientId = (String) body.get("clientId");
        assertTrue(clientId.startsWith("sgc_"), clientId);
        assertTrue(((String) body.get("clientSecret")).startsWith("sgs_"));
        assertEquals("/api/clients/" + clientId, created.headers().firstValue("Location").orElse(""));
        assertEquals("acme", body.get("tenant"));
        assertEquals(List.of("CONTRACT_MANAGER", "AUDITOR"), body.get("roles"));
        assertEquals("ACTIVE", body.get("status"));
        assertEquals(1, ((Number) body.get("secretGeneration")).intValue());
        assertEquals(Map.of("subject", "admin@acme"), body.get("createdBy"));
        HttpResponse<String> read = get("/api/clients/" + clientId, adminOf("acme"));
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("Acme ERP", json(read).get("name"));
        assertNoSecretIn(read);
        HttpResponse<String> list = get("/api/clients", adminOf("acme"));
        assertTrue(list.body().contains(clientId), list.body());
        assertNoSecretIn(list);
    }

    @Test
    void givenAnotherTenantsClient_thenItsAdminCannotSeeRotateOrRevokeIt() {
        Credentials acmeErp = register("acme", "Acme ERP", "CONTRACT_MANAGER");
        String globex = adminOf("globex");
        String path = "/api/clients/" + acmeErp.clientId();

        assertNotFound(get(path, globex));
        assertNotFound(post(path + "/secret", globex));
        assertNotFound(delete(path, globex));
        assertFalse(get("/api/clients", globex).body().contains(acmeErp.clientId()));
        assertFalse(get("/api/clients/changes", globex).body().contains(acmeErp.clientId()));
        assertEquals(200, throughRoute(accessToken(acmeErp)).statusCode(), "the client still works");
    }

    @Test
    void givenTenantInTheBody_thenRefusedAsAFieldTheRequestDoesNotTake() {
        HttpResponse<String> refused = postJson("/api/clients", adminOf("acme"),
            "{\"name\":\"Globex ERP\",\"roles\":[\"AUDITOR\"],\"tenant\":\"globex\"}");

        assertInvalidField(refused, "tenant");
        assertEquals("[]", listBody("globex"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"name\":\"Ops\",\"roles\":[\"OPERATOR\"]}                                         | roles[0]",
        "{\"name\":\"X\",\"roles\":[\"ADMIN\"]}                                              | roles[0]",
        "{\"name\":\"X\",\"roles\":[]}                                                       | roles",
        "{\"name\":\" \",\"roles\":[\"AUDITOR\"]}                                            | name",
        "{\"roles\":[\"AUDITOR\"]}                                                           | name",
        "{\"name\":\"Bot\",\"roles\":[\"AGENCY\"]}                                           | providerId",
        "{\"name\":\"Bot\",\"roles\":[\"AUDITOR\"],\"providerId\":\"agency-blue\"}           | providerId",
        "{\"name\":\"Bot\",\"roles\":[\"AGENCY\",\"CONTRACT_MANAGER\"],\"providerId\":\"a\"} | roles",
        "{\"name\":\"Bot\",\"roles\":[\"AGENCY\"],\"providerId\":\"no spaces\"}              | providerId"})
    void givenInvalidRegistration_thenBadRequestNamingTheField(String json, String field) {
        assertInvalidField(postJson("/api/clients", adminOf("acme"), json), field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CONTRACT_MANAGER", "COMPLIANCE_OFFICER", "EMPLOYEE", "AGENCY", "AUDITOR", "OPERATOR"})
    void givenCallerWithoutTheAdminRole_thenForbidden(String role) {
        String caller = TestTokens.user("someone", "acme", role);
        Credentials erp = register("acme", "Acme ERP", "EMPLOYEE");

        assertForbidden(postJson("/api/clients", caller, "{\"name\":\"Mine\",\"roles\":[\"" + role + "\"]}"));
        assertForbidden(get("/api/clients", caller));
        assertForbidden(post("/api/clients/" + erp.clientId() + "/secret", caller));
        assertForbidden(delete("/api/clients/" + erp.clientId(), caller));
    }

    @Test
    void givenNoToken_thenUnauthenticated() {
        HttpResponse<String> response = send(request("/api/clients"));

        assertEquals(401, response.statusCode(), response.body());
        assertEquals(PROBLEM_JSON, response.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void givenAdminClient_thenItRegistersClientsOfItsOwnTenantRecordedAsItself() {
        Credentials robot = register("acme", "Acme access robot", "ENTERPRISE_ADMIN");
        String robotToken = accessToken(robot);

        HttpResponse<String> created = postJson("/api/clients", robotToken,
            "{\"name\":\"Acme HR\",\"roles\":[\"EMPLOYEE\"]}");

        assertEquals(201, created.statusCode(), created.body());
        assertEquals("acme", json(created).get("tenant"));
        assertEquals(Map.of("subject", robot.clientId(), "clientId", robot.clientId()),
            json(created).get("createdBy"));
    }

    @Test
    void givenAuditor_thenReadsTheChangeLogButNotTheClients() {
        Credentials erp = register("acme", "Acme ERP", "EMPLOYEE");
        post("/api/clients/" + erp.clientId() + "/secret", adminOf("acme"));
        String auditor = TestTokens.user("ann", "acme", "AUDITOR");

        HttpResponse<String> log = get("/api/clients/changes?clientId=" + erp.clientId(), auditor);

        assertEquals(200, log.statusCode(), log.body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> changes = (List<Map<String, Object>>) json(log).get("changes");
        assertEquals(List.of("SECRET_ROTATED", "REGISTERED"), changes.stream().map(c -> c.get("change")).toList());
        assertEquals(2, ((Number) changes.get(0).get("secretGeneration")).intValue());
        assertEquals(Map.of("subject", "admin@acme"), changes.get(0).get("by"));
        assertNotNull(changes.get(0).get("at"));
        assertForbidden(get("/api/clients", auditor));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1001"})
    void givenChangeLogLimitOutOfRange_thenBadRequestNamingIt(String limit) {
        assertInvalidField(get("/api/clients/changes?limit=" + limit, adminOf("acme")), "limit");
    }

    @Test
    void givenUnknownClient_thenNotFound() {
        assertNotFound(get("/api/clients/sgc_nothing", adminOf("acme")));
    }

    private String listBody(String tenant) {
        return json(get("/api/clients", adminOf(tenant))).get("clients").toString();
    }

    private static void assertNoSecretIn(HttpResponse<String> response) {
        assertFalse(response.body().contains("sgs_"), response.body());
        assertFalse(response.body().contains("secretHash"), response.body());
        assertFalse(response.body().contains("clientSecret"), response.body());
    }

    private void assertInvalidField(HttpResponse<String> response, String field) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(PROBLEM_JSON, response.headers().firstValue("Content-Type").orElse(""));
        Map<String, Object> problem = json(response);
        assertEquals("https://socialgov.org/problems/invalid-request", problem.get("type"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.get("errors");
        assertEquals(field, errors.get(0).get("field"), response.body());
    }

    private void assertForbidden(HttpResponse<String> response) {
        assertEquals(403, response.statusCode(), response.body());
        assertEquals("https://socialgov.org/problems/forbidden", json(response).get("type"));
    }

    private void assertNotFound(HttpResponse<String> response) {
        assertEquals(404, response.statusCode(), response.body());
        assertEquals("https://socialgov.org/problems/not-found", json(response).get("type"));
    }
}
