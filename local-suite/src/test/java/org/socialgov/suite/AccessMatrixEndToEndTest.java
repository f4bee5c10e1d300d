package org.socialgov.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.suite.hostile.GeneratedBodies;

/**
 * The role × operation matrix, enforced: for every operation of the three service specs and every role, through
 * the gateway and straight at the service (whose own checks must hold even if the gateway's did not), a role the
 * spec does not name gets 403 and a role it names is never refused as forbidden; and for every operation on a
 * stored object, a caller of another tenant cannot tell the object from a missing one. Acme's objects are created
 * first; Globex's callers probe them. README.md shows the same matrix, checked against the specs here.
 */
class AccessMatrixEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORBIDDEN = "https://socialgov.org/problems/forbidden";
    private static final Map<String, SuiteApplication> SERVICE_OF_SPEC = Map.of(
        "contract-service.yaml", SuiteApplication.CONTRACT_SERVICE,
        "policy-service.yaml", SuiteApplication.POLICY_SERVICE,
        "incident-service.yaml", SuiteApplication.INCIDENT_SERVICE);

    /** The objects Acme stores first, which Globex's callers probe. */
    private static final List<String> STORED_OBJECTS = List.of("contractId", "policyId", "accountId", "personId",
        "incidentId");
    /** Optional parameters without which an operation cannot even look its object up. */
    private static final Map<String, String> LOOKUP_QUERY = Map.of("getApplicableGuidelines", "standing=EMPLOYEE");

    @TempDir
    static Path dataDir;
    private static RunningSuite running;
    private static final Map<String, String> ACME_OBJECTS = new HashMap<>();

    @BeforeAll
    static void startSuiteWithAcmesObjects() throws Exception {
        // Hundreds of calls per role in seconds: this test is not about the rate limit.
        running = RunningSuite.startAll(dataDir, Map.of("SOCIALGOV_RATE_LIMIT_BURST", "100000"));
        String manager = running.token("alice", "acme", "CONTRACT_MANAGER");
        String officer = running.token("olivia", "acme", "COMPLIANCE_OFFICER");
        ACME_OBJECTS.put("contractId", created("/api/contracts", manager, ContractDrafts.VALID_JSON, "contractId"));
        ACME_OBJECTS.put("policyId", created("/api/policies", officer, "{\"title\":\"Social media policy\","
            + "\"enactedOn\":\"2012-07-25\",\"reviewIntervalMonths\":12,\"draft\":" + PolicyEndToEndTest.CONTENT
            + "}", "policyId"));
        ACME_OBJECTS.put("accountId", created("/api/official-accounts", officer, "{\"platform\":\"X\","
            + "\"handle\":\"@AcmeHelp\",\"url\":\"https://x.com/AcmeHelp\",\"purpose\":\"Support\"}", "accountId"));
        ACME_OBJECTS.put("personId", created("/api/staff", officer, "{\"personId\":\"hanako\",\"name\":\"Hanako\","
            + "\"standing\":\"EMPLOYEE\",\"since\":\"2020-04-01\"}", "personId"));
        ACME_OBJECTS.put("incidentId", created("/api/incidents", running.token("eve", "acme", "EMPLOYEE"), """
            {"platform":"X","postUrl":"https://x.com/someone/status/77","authorHandle":"@someone",
             "postedAt":"2026-05-04T08:00:00Z","seenAt":"2026-05-04T09:00:00Z","excerpt":"Acme is late again",
             "evidence":{"sha256":"%s","location":"dms://1.png"},"sentiment":"NEGATIVE","category":"COMPLAINT",
             "reach":{"followers":10,"reposts":0,"replies":0}}""".formatted("ab".repeat(32)), "incidentId"));
        ACME_OBJECTS.putAll(Map.of("versionNo", "1", "amendmentNo", "1", "subcontractorId", "sub-1", "tenant",
            "acme", "from", "1", "to", "1", "platform", "X", "handle", "@AcmeHelp"));
    }

    @AfterAll
    static void stopSuite() {
        running.close();
    }

    @Test
    void givenEveryOperationAndRole_whenCalledThroughTheGatewayAndStraightAtTheService_thenTheMatrixHolds() {
        List<AccessOperation> operations = AccessMatrix.operations();
        assertTrue(operations.size() >= 70, "every operation of the three specs: " + operations.size());
        Map<String, String> gatewayTokens = new HashMap<>();
        Map<String, String> serviceTokens = new HashMap<>();
        for (String role : AccessMatrix.ROLES) {
            String subject = role.equals("AGENCY") ? "agency-blue" : "user-" + role.toLowerCase();
            gatewayTokens.put(role, SignedToken.user(running.suite.userTokenSecret(), subject, "acme", role));
            serviceTokens.put(role, SignedToken.internal(running.suite.internalTokenSecret(), subject, "acme", role));
        }
        List<String> violations = new ArrayList<>();
        for (AccessOperation operation : operations) {
            String path = pathOf(operation, ACME_OBJECTS);
            if (operation.open()) {
                expectServed(violations, operation, "anonymous via gateway", viaGateway(operation, path, null));
                continue;
            }
            expectStatus(violations, operation, "no token via gateway", viaGateway(operation, path, null), 401);
            expectStatus(violations, operation, "no token at the service", atService(operation, path, null), 401);
            for (String role : AccessMatrix.ROLES) {
                HttpResponse<String> gateway = viaGateway(operation, path, gatewayTokens.get(role));
                HttpResponse<String> service = atService(operation, path, serviceTokens.get(role));
                if (operation.roles().contains(role)) {
                    expectServed(violations, operation, role + " via gateway", gateway);
                    expectServed(violations, operation, role + " at the service", service);
                } else {
                    expectStatus(violations, operation, role + " via gateway", gateway, 403);
                    expectStatus(violations, operation, role + " at the service", service, 403);
                }
            }
        }
        assertTrue(violations.isEmpty(), violations.size() + " cells of the matrix do not hold:\n"
            + String.join("\n", violations));
    }

    @Test
    void givenAnotherTenantsObject_whenAnyRoleMayCallTheOperation_thenItCannotTellItFromAMissingOne() {
        Map<String, String> missing = AccessProbes.missing(ACME_OBJECTS, STORED_OBJECTS);
        GeneratedBodies bodies = GeneratedBodies.fromSpecs();
        List<String> violations = new ArrayList<>();
        Map<String, String> globexTokens = new HashMap<>();
        for (AccessOperation operation : AccessMatrix.operations()) {
            if (operation.open() || !operation.namesAnObject()) {
                continue;
            }
            String acmesId = ACME_OBJECTS.get(objectOf(operation));
            String missingId = missing.get(objectOf(operation));
            for (String role : operation.roles()) {
                String token = globexTokens.computeIfAbsent(role, r -> SignedToken.user(
                    running.suite.userTokenSecret(), "user-" + r.toLowerCase(), "globex", r));
                // A body the schema accepts, so that a command gets past validation to the object it names.
                String body = bodies.valid(operation.spec(), operation.method(), operation.pathTemplate(),
                        operation.label().hashCode())
                    .map(json -> json.has("party") ? json.put("party", partyOf(role)) : json)
                    .map(Object::toString).orElse(null);
                for (String pointInHistory : pointsInHistory(operation)) {
                    HttpResponse<String> acmes = AccessProbes.call(operation,
                        gatewayUrl(withQuery(pathOf(operation, ACME_OBJECTS), pointInHistory)), token, body);
                    HttpResponse<String> absent = AccessProbes.call(operation,
                        gatewayUrl(withQuery(pathOf(operation, missing), pointInHistory)), token, body);
                    String acmesAnswer = AccessProbes.comparable(acmes, acmesId);
                    String absentAnswer = AccessProbes.comparable(absent, missingId);
                    String asked = operation.label() + " " + pointInHistory + " as Globex " + role;
                    if (!acmesAnswer.equals(absentAnswer)) {
                        violations.add(asked + ": Acme's object answers " + acmesAnswer + ", a missing one "
                            + absentAnswer);
                    } else if (operation.method().equals("GET") && acmes.statusCode() != 404
                        && acmes.statusCode() != 403) {
                        violations.add(asked + ": " + acmes.statusCode()
                            + " instead of 404 (or the same refusal a missing object gets): " + acmes.body());
                    }
                }
            }
        }
        assertTrue(violations.isEmpty(), violations.size() + " operations tell another company's object from a"
            + " missing one:\n" + String.join("\n", violations));
    }

    /**
     * The object now, and where the operation reads the past, at a version it never reached and at an instant before
     * it existed: what is said about a version must not tell another company's object from a missing one.
     */
    private static List<String> pointsInHistory(AccessOperation operation) {
        List<String> points = new ArrayList<>(List.of(""));
        if (operation.optionalQuery().contains("version")) {
            points.add("version=99");
        }
        if (operation.optionalQuery().contains("asOf")) {
            points.add("asOf=2000-01-01T00:00:00Z");
        }
        return points;
    }

    private static String withQuery(String path, String query) {
        return query.isEmpty() ? path : path + (path.contains("?") ? "&" : "?") + query;
    }

    /** The stored object an operation's path names first: the one whose existence must not leak. */
    private static String objectOf(AccessOperation operation) {
        return STORED_OBJECTS.stream().filter(name -> operation.pathTemplate().contains("{" + name + "}"))
            .findFirst().orElseThrow(() -> new IllegalStateException("No stored object in " + operation.label()));
    }

    /** The party a caller in this role acts for, where a body names one. */
    private static String partyOf(String role) {
        return role.equals("AGENCY") ? "PROVIDER" : "CLIENT";
    }

    @Test
    void givenIdentityForgedStraightAtAService_whenCalled_thenUnauthenticated() {
        String contract = running.suite.url(SuiteApplication.CONTRACT_SERVICE) + "/contracts";
        String userSecret = running.suite.userTokenSecret();
        String internalSecret = running.suite.internalTokenSecret();
        Map<String, HttpRequest.Builder> forgeries = Map.of(
            "identity headers instead of a token", HttpRequest.newBuilder(URI.create(contract))
                .header("X-User", "alice").header("X-Tenant", "acme").header("X-Roles", "CONTRACT_MANAGER"),
            "a caller's own token, not the gateway's", bearer(contract,
                SignedToken.user(userSecret, "alice", "acme", "CONTRACT_MANAGER")),
            "the gateway's token signed with another secret", bearer(contract,
                SignedToken.internal("x".repeat(48), "alice", "acme", "CONTRACT_MANAGER")),
            "the gateway's token, expired", bearer(contract,
                SignedToken.expiredInternal(internalSecret, "alice", "acme", "CONTRACT_MANAGER")));
        forgeries.forEach((forgery, request) -> {
            HttpResponse<String> response = RunningSuite.send(request.GET().build());
            assertEquals(401, response.statusCode(), forgery + ": " + response.body());
        });
        assertEquals(200, RunningSuite.send(bearer(contract, SignedToken.internal(internalSecret, "alice", "acme",
            "CONTRACT_MANAGER")).GET().build()).statusCode(), "the gateway's own token is accepted");
    }

    private static HttpRequest.Builder bearer(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
    }

    @Test
    void givenTheSpecs_thenReadmeShowsTheirMatrix() throws Exception {
        String table = AccessMatrix.markdown(AccessMatrix.operations());
        Path rendered = Path.of("target", "access-matrix.md");
        Files.createDirectories(rendered.getParent());
        Files.writeString(rendered, table);
        String readme = Files.readString(RunningSuite.REPOSITORY.resolve("README.md"), StandardCharsets.UTF_8);
        Matcher section = Pattern.compile("<!-- access-matrix:start -->\n(.*?)<!-- access-matrix:end -->",
            Pattern.DOTALL).matcher(readme);
        assertTrue(section.find(), "README.md has no access-matrix section");
        assertEquals(table, section.group(1), "README.md's matrix differs from the specs; the current one is in "
            + rendered.toAbsolutePath());
    }

    private static String pathOf(AccessOperation operation, Map<String, String> values) {
        String path = operation.path(values);
        String lookup = LOOKUP_QUERY.get(operation.operationId());
        return lookup == null ? path : path + (path.contains("?") ? "&" : "?") + lookup;
    }

    private static void expectServed(List<String> violations, AccessOperation operation, String who,
                                     HttpResponse<String> response) {
        if (response.statusCode() == 401 || (response.statusCode() == 403
            && FORBIDDEN.equals(AccessProbes.problemType(response))) || response.statusCode() >= 500) {
            violations.add(operation.label() + " " + who + ": " + response.statusCode() + " " + response.body());
        }
    }

    private static void expectStatus(List<String> violations, AccessOperation operation, String who,
                                     HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            violations.add(operation.label() + " " + who + ": " + response.statusCode() + " instead of " + status
                + " " + response.body());
        }
    }

    private static String gatewayUrl(String path) {
        return running.suite.gatewayUrl() + "/api" + path;
    }

    private static HttpResponse<String> viaGateway(AccessOperation operation, String path, String token) {
        return AccessProbes.call(operation, gatewayUrl(path), token, operation.takesBody() ? "{}" : null);
    }

    private static HttpResponse<String> atService(AccessOperation operation, String path, String token) {
        return AccessProbes.call(operation, running.suite.url(SERVICE_OF_SPEC.get(operation.spec())) + path, token,
            operation.takesBody() ? "{}" : null);
    }

    private static String created(String path, String token, String json, String idField) throws Exception {
        HttpResponse<String> response = running.call("POST", path, token, json);
        assertEquals(201, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body()).get(idField).asText();
    }
}
