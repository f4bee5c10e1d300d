package org.socialgov.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.client.contract.model.ContractStatus;

/**
 * The access matrix inside one company: an agency acts only on the contracts it is party to. For every contract
 * operation an agency may call, another agency of the same company is refused on a draft and on an active contract
 * exactly as on a contract that does not exist, and nothing is recorded.
 */
class ContractPartiesEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SPEC = "contract-service.yaml";
    private static final String AGENCY = "AGENCY";
    /** A body for each agency operation that takes one, acting for the provider, as the provider would send it. */
    private static final Map<String, String> PROVIDER_BODIES = Map.of(
        "signContract", """
            {"party":"PROVIDER","signatoryName":"Rei Red","signatoryRole":"CEO"}""",
        "terminateContract", """
            {"party":"PROVIDER","ground":"MUTUAL_AGREEMENT","explanation":"We agreed to part"}""",
        "requestAssignment", """
            {"party":"PROVIDER","assignee":{"companyId":"agency-red","name":"Red Digital"}}""",
        "requestSubcontractorApproval", """
            {"subcontractor":{"companyId":"sub-1","name":"Sub One"},"tasks":["REGULAR_POSTING"]}""",
        "giveNonRenewalNotice", """
            {"party":"PROVIDER"}""",
        "proposeAmendment", """
            {"party":"PROVIDER","effectiveFrom":"2027-06-01","newTerms":{
             "scope":{"platforms":["X"],"postsPerMonth":20},
             "fees":{"baseMonthlyFee":{"currency":"EUR","amount":"3000.00"}},
             "term":{"start":"2027-01-01","end":"2027-12-31"}}}""",
        "decideAmendment", """
            {"party":"PROVIDER","decision":"ACCEPT"}""");

    @TempDir
    static Path dataDir;
    private static RunningSuite running;
    private static String managerToken;
    private static final Map<String, String> CONTRACTS = new HashMap<>();

    @BeforeAll
    static void startSuiteWithBlueSkysContracts() throws Exception {
        running = RunningSuite.start(dataDir);
        managerToken = running.token("alice", "acme", "CONTRACT_MANAGER");
        String blueSky = running.token("agency-blue", "acme", AGENCY);
        CONTRACTS.put("draft", draft());
        String active = draft();
        assertEquals(ContractStatus.ACTIVE,
            ActiveContracts.signByBothParties(running, active, managerToken, blueSky).getStatus());
        CONTRACTS.put("active", active);
    }

    @AfterAll
    static void stopSuite() {
        running.close();
    }

    @Test
    void givenAnotherAgencysContract_whenAnAgencyCallsAnyContractOperation_thenRefusedAsMissingAndNothingStored()
        throws Exception {
        String redAgency = running.token("agency-red", "acme", AGENCY);
        List<AccessOperation> agencyOperations = AccessMatrix.operations().stream()
            .filter(operation -> operation.spec().equals(SPEC) && operation.namesAnObject()
                && operation.roles().contains(AGENCY))
            .toList();
        assertTrue(agencyOperations.size() >= 10, "every contract operation an agency may call: " + agencyOperations);
        List<String> violations = new ArrayList<>();
        for (AccessOperation operation : agencyOperations) {
            String body = operation.takesBody() ? PROVIDER_BODIES.get(operation.operationId()) : null;
            assertTrue(!operation.takesBody() || body != null, "no provider's body for " + operation.label());
            for (Map.Entry<String, String> contract : CONTRACTS.entrySet()) {
                String contractId = contract.getValue();
                String missingId = AccessProbes.wellFormedButMissing(contractId);
                int eventsBefore = eventCount(contractId);
                HttpResponse<String> blueSkys = call(operation, contractId, redAgency, body);
                HttpResponse<String> missing = call(operation, missingId, redAgency, body);
                String answer = AccessProbes.comparable(blueSkys, contractId);
                String missingAnswer = AccessProbes.comparable(missing, missingId);
                if (blueSkys.statusCode() != 404 || !answer.equals(missingAnswer)) {
                    violations.add(operation.label() + " on Blue Sky's " + contract.getKey() + " contract: "
                        + answer + "; on a missing one: " + missingAnswer);
                }
                int eventsAfter = eventCount(contractId);
                if (eventsAfter != eventsBefore) {
                    violations.add(operation.label() + " on Blue Sky's " + contract.getKey() + " contract recorded "
                        + (eventsAfter - eventsBefore) + " event(s)");
                }
            }
        }
        assertTrue(violations.isEmpty(), violations.size() + " calls by a non-party agency were not refused as for"
            + " a missing contract:\n" + String.join("\n", violations));
    }

    private static HttpResponse<String> call(AccessOperation operation, String contractId, String token,
                                             String body) {
        String path = operation.path(Map.of("contractId", contractId, "from", "1", "to", "1",
            "amendmentNo", "1", "subcontractorId", "sub-1"));
        return AccessProbes.call(operation, running.suite.gatewayUrl() + "/api" + path, token, body);
    }

    /** How many events the contract's record holds, as its client's contract manager reads them. */
    private static int eventCount(String contractId) throws Exception {
        HttpResponse<String> history = running.call("GET", "/api/contracts/" + contractId + "/history?limit=1000",
            managerToken, null);
        assertEquals(200, history.statusCode(), history.body());
        return JSON.readTree(history.body()).get("events").size();
    }

    private static String draft() throws Exception {
        HttpResponse<String> created = running.call("POST", "/api/contracts", managerToken, ContractDrafts.VALID_JSON);
        assertEquals(201, created.statusCode(), created.body());
        return JSON.readTree(created.body()).get("contractId").asText();
    }
}
