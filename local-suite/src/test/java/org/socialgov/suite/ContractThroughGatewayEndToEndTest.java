package org.socialgov.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.atlassian.oai.validator.model.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.client.contract.ApiException;
import org.socialgov.client.contract.ApiResponse;
import org.socialgov.client.contract.model.WrittenConsent;
import org.socialgov.client.contract.model.VersionComparison;
import org.socialgov.client.contract.model.TermChange;
import org.socialgov.client.contract.model.SubcontractorRequest;
import org.socialgov.client.contract.model.SubcontractorRef;
import org.socialgov.client.contract.model.SubcontractingConsentRequest;
import org.socialgov.client.contract.model.DamagesClause;
import org.socialgov.client.contract.model.ContractTask;
import org.socialgov.client.contract.model.ContractElement;
import org.socialgov.client.contract.model.AmendmentRequest;
import org.socialgov.client.contract.model.AmendmentDecisionRequest;
import org.socialgov.client.contract.model.Assignee;
import org.socialgov.client.contract.model.AssignmentRequest;
import org.socialgov.client.contract.model.Contract;
import org.socialgov.client.contract.model.ContractParty;
import org.socialgov.client.contract.model.ContractReview;
import org.socialgov.client.contract.model.ContractStatus;
import org.socialgov.client.contract.model.ContractTerms;
import org.socialgov.client.contract.model.AuditEventPage;
import org.socialgov.client.contract.model.AuditEvent;
import org.socialgov.client.contract.model.TerminationGround;
import org.socialgov.client.contract.model.TerminationRequest;

/**
 * The walking skeleton end to end: store, contract service and gateway as separate processes, driven through the
 * gateway with a development token and the client generated from the spec.
 */
class ContractThroughGatewayEndToEndTest {

    private static final SpecConformance CONTRACT_SPEC = SpecConformance.of("contract-service.yaml");

    @TempDir
    static Path dataDir;
    private static RunningSuite running;
    private static String managerToken;

    @BeforeAll
    static void startSuite() {
        running = RunningSuite.start(dataDir);
        managerToken = running.token("alice", "acme", "CONTRACT_MANAGER");
    }

    @AfterAll
    static void stopSuite() {
        running.close();
    }

    @Test
    void givenDevelopmentToken_whenDraftCreatedThroughGateway_thenReadBackWithEtagAndHistory() throws ApiException {
        ApiResponse<Contract> created = running.contracts(managerToken)
            .createContractDraftWithHttpInfo(ContractDrafts.operations2027(), "first-draft-of-" + dataDir.getFileName(),
                null);

        assertEquals(201, created.getStatusCode());
        String contractId = created.getData().getContractId();
        assertEquals(List.of("/api/contracts/" + contractId), created.getHeaders().get("location"));
        assertEquals(ContractStatus.DRAFT, created.getData().getStatus());
        assertEquals(contractId, running.contracts(managerToken).createContractDraft(ContractDrafts.operations2027(),
            "first-draft-of-" + dataDir.getFileName(), null).getContractId(), "a retry with the same Idempotency-Key");

        ApiResponse<Contract> read = running.contracts(managerToken).getContractWithHttpInfo(contractId, null, null);
        assertEquals(List.of("\"0\""), read.getHeaders().get("etag"));
        assertEquals(created.getData(), read.getData());

        AuditEventPage history = running.contractHistory(managerToken).getContractHistory(contractId, null, null);
        assertEquals(1, history.getEvents().size());
        AuditEvent event = history.getEvents().get(0);
        assertEquals("ContractDraftCreatedEvent", event.getEventType());
        assertEquals("alice", event.getActor());
        assertEquals("acme", event.getTenant());
        assertEquals("CONTRACT_MANAGER", event.getActorRole());
        assertNotNull(event.getRequestId(), "the gateway assigns a request id when the client sends none");
    }

    @Test
    void givenDraft_whenReviewedRevisedAndWithdrawnThroughGateway_thenEachStepIsOnTheRecord() throws ApiException {
        String contractId = running.contracts(managerToken)
            .createContractDraft(ContractDrafts.operations2027(), null, null).getContractId();

        ContractReview onDemand = running.contractReview(managerToken).reviewContract(contractId);
        assertTrue(onDemand.getSignable());
        assertTrue(onDemand.getFindings().stream().anyMatch(finding -> "DAMAGES_UNCAPPED".equals(finding.getCode())));

        running.contracts(managerToken).reviseContractTerms(contractId, new ContractTerms(), "\"0\"", null);
        ContractReview recorded = running.contractReview(managerToken).recordContractReview(contractId, null, "\"1\"",
            null);
        assertFalse(recorded.getSignable(), "silent terms have scope, fees and term missing");
        Contract withdrawn = running.contracts(managerToken).withdrawContractDraft(contractId, null, null, null);
        assertEquals(ContractStatus.WITHDRAWN, withdrawn.getStatus());

        ApiException stale = assertThrows(ApiException.class,
            () -> running.contracts(managerToken).withdrawContractDraft(contractId, null, "\"1\"", null));
        assertEquals(412, stale.getCode());
        ApiException conflict = assertThrows(ApiException.class,
            () -> running.contracts(managerToken).withdrawContractDraft(contractId, null, null, null));
        assertEquals(409, conflict.getCode());

        assertEquals(List.of("ContractDraftCreatedEvent", "ContractTermsRevisedEvent", "ContractDraftReviewedEvent",
                "ContractDraftWithdrawnEvent"),
            running.contractHistory(managerToken).getContractHistory(contractId, null, null).getEvents().stream()
                .map(AuditEvent::getEventType).toList());
    }

    @Test
    void givenDraft_whenClientAcceptsItsWarningsAndBothPartiesSign_thenActiveThroughGateway() throws ApiException {
        String contractId = running.contracts(managerToken)
            .createContractDraft(ContractDrafts.operations2027(), null, null).getContractId();
        String agencyToken = running.token("agency-blue", "acme", "AGENCY");
        Contract active = ActiveContracts.signByBothParties(running, contractId, managerToken, agencyToken);

        assertEquals(ContractStatus.ACTIVE, active.getStatus());
        assertEquals(LocalDate.of(2027, 1, 1), active.getActiveFrom());
        assertEquals(2, active.getSignatures().size());
        ApiException otherAgency = assertThrows(ApiException.class, () -> running.contracts(
            running.token("agency-red", "acme", "AGENCY")).getContract(contractId, null, null));
        assertEquals(404, otherAgency.getCode(), "an agency sees only the contracts it is party to");

        Contract amended = running.contractAmendments(agencyToken).proposeAmendment(contractId,
            new AmendmentRequest().party(ContractParty.PROVIDER).effectiveFrom(LocalDate.of(2027, 7, 1))
                .newTerms(ContractDrafts.operations2027().getTerms()
                    .damages(new DamagesClause().cap(DamagesClause.CapEnum.MONTHS_OF_FEES).months(6))), null, null,
            null);
        assertEquals(1, amended.getOpenAmendment().getAmendmentNo());
        running.contractAmendments(managerToken).decideAmendment(contractId, 1, new AmendmentDecisionRequest()
            .party(ContractParty.CLIENT).decision(AmendmentDecisionRequest.DecisionEnum.ACCEPT), null, null, null);
        VersionComparison comparison = running.contractAmendments(managerToken).compareContractVersions(contractId,
            1, 2);
        assertEquals(List.of(ContractElement.DAMAGES), comparison.getChanges().stream().map(TermChange::getElement)
            .toList());

        SubcontractorRef pixel = new SubcontractorRef().companyId("pixel-studio").name("Pixel Studio");
        running.contractSubcontracting(managerToken).recordSubcontractingConsent(contractId,
            new SubcontractingConsentRequest().subcontractor(pixel).tasks(Set.of(ContractTask.REGULAR_POSTING))
                .consent(new WrittenConsent().reference("ACME-LEGAL-20").date(LocalDate.of(2027, 1, 10))
                    .signatory("Hanako Yamada")), null, null, null);
        Contract withSubcontractor = running.contractSubcontracting(agencyToken).requestSubcontractorApproval(
            contractId, new SubcontractorRequest().subcontractor(pixel).tasks(Set.of(ContractTask.REGULAR_POSTING)),
            null, null, null);
        assertEquals(1, withSubcontractor.getSubcontractors().size());

        ApiException refused = assertThrows(ApiException.class, () -> running.contractLifecycle(agencyToken)
            .requestAssignment(contractId, new AssignmentRequest().party(ContractParty.PROVIDER)
                .assignee(new Assignee().companyId("agency-green").name("Green Leaf Media")), null, null, null));
        assertEquals(409, refused.getCode());
        Contract terminated = running.contractLifecycle(managerToken).terminateContract(contractId,
            new TerminationRequest().party(ContractParty.CLIENT).ground(TerminationGround.MUTUAL_AGREEMENT)
                .explanation("The account is being closed"), null, null, null);
        assertEquals(ContractStatus.TERMINATED, terminated.getStatus());
        assertEquals(List.of("ContractDraftCreatedEvent", "ContractSignedByPartyEvent", "ContractSignedByPartyEvent",
                "ContractActivatedEvent", "AmendmentProposedEvent", "AmendmentAcceptedEvent",
                "SubcontractingConsentRecordedEvent", "SubcontractorApprovedEvent", "AssignmentRefusedEvent",
                "ContractTerminatedEvent"),
            running.contractHistory(managerToken).getContractHistory(contractId, null, null).getEvents().stream()
                .map(AuditEvent::getEventType).toList());
    }

    @Test
    void givenInvalidDraftFromTheGeneratedClient_whenCreated_thenBadRequestNamesTheField() {
        ApiException refused = assertThrows(ApiException.class, () -> running.contracts(managerToken)
            .createContractDraft(ContractDrafts.operations2027().provider(null), null, null));

        assertEquals(400, refused.getCode());
        assertTrue(refused.getResponseBody().contains("\"field\":\"provider\""), refused.getResponseBody());
    }

    @Test
    void givenEveryKindOfAnswer_whenCallingThroughTheGateway_thenEachConformsToTheSpec() {
        HttpResponse<String> created = call("POST", "/api/contracts", managerToken, ContractDrafts.VALID_JSON);
        assertEquals(201, created.statusCode());
        CONTRACT_SPEC.assertConforms(Request.Method.POST, "/api/contracts", created);
        String location = created.headers().firstValue("Location").orElseThrow();

        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>(Map.of(
            "read", call("GET", location, managerToken, null),
            "history", call("GET", location + "/history", managerToken, null),
            "review", call("GET", location + "/review", managerToken, null),
            "unknown contract", call("GET", "/api/contracts/no-such-contract", managerToken, null),
            "invalid body", call("POST", "/api/contracts", managerToken, ContractDrafts.VALID_JSON
                .replace("\"AGENCY\"", "\"BROKER\"")),
            "term backwards", call("POST", "/api/contracts", managerToken, ContractDrafts.VALID_JSON
                .replace("\"2027-12-31\"", "\"2026-12-31\"")),
            "no token", call("POST", "/api/contracts", null, ContractDrafts.VALID_JSON),
            "auditor creating", call("POST", "/api/contracts", running.token("ann", "acme", "AUDITOR"),
                ContractDrafts.VALID_JSON)));
        answers.put("recorded review", call("POST", location + "/reviews", managerToken, null));
        answers.put("list", call("GET", "/api/contracts?limit=5&status=DRAFT", managerToken, null));
        answers.put("assignment of a draft", call("POST", location + "/assignments", managerToken,
            "{\"party\":\"CLIENT\",\"assignee\":{\"companyId\":\"globex\",\"name\":\"Globex\"}}"));
        answers.put("termination of a draft", call("POST", location + "/termination", managerToken,
            "{\"party\":\"CLIENT\",\"ground\":\"NOTICE\",\"explanation\":\"x\"}"));
        answers.put("signature with blocking findings", call("POST", location + "/signatures", managerToken,
            "{\"party\":\"CLIENT\",\"signatoryName\":\"H\",\"signatoryRole\":\"Legal\"}"));
        answers.put("stale revision", call("PUT", location + "/terms", managerToken, "{}", "\"0\""));
        answers.put("revision", call("PUT", location + "/terms", managerToken, "{}", "\"1\""));
        answers.put("withdrawal", call("POST", location + "/withdrawal", managerToken, null));
        answers.put("withdrawal again", call("POST", location + "/withdrawal", managerToken, null));

        Map<String, Integer> expectedStatus = new HashMap<>(Map.of("read", 200, "history", 200,
            "review", 200, "unknown contract", 404, "invalid body", 400, "term backwards", 422, "no token", 401,
            "auditor creating", 403));
        expectedStatus.putAll(Map.of("recorded review", 200, "stale revision", 412, "revision", 200,
            "withdrawal", 200, "withdrawal again", 409, "assignment of a draft", 409, "termination of a draft", 409,
            "signature with blocking findings", 422, "list", 200));
        answers.forEach((name, response) -> {
            assertEquals(expectedStatus.get(name), response.statusCode(), name + ": " + response.body());
            String path = URI.create(response.uri().toString()).getPath();
            CONTRACT_SPEC.assertConforms(Request.Method.valueOf(response.request().method()), path, response);
            assertTrue(response.headers().firstValue("X-Request-Id").isPresent(), name + " carries a request id");
            if (response.statusCode() >= 400) {
                assertEquals("application/problem+json",
                    response.headers().firstValue("Content-Type").orElse(""), name);
                assertTrue(response.body().contains("\"instance\":\"" + path + "\""),
                    name + " names the path the client called: " + response.body());
            }
        });
    }

    @Test
    void givenUserTokenOrForgedHeaders_whenCallingTheServiceDirectly_thenRefused() {
        String service = running.suite.url(SuiteApplication.CONTRACT_SERVICE);
        HttpResponse<String> withUserToken = RunningSuite.send(HttpRequest.newBuilder(URI.create(service + "/contracts"))
            .header("Authorization", "Bearer " + managerToken).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(ContractDrafts.VALID_JSON)).build());
        HttpResponse<String> withForgedHeaders = RunningSuite.send(HttpRequest.newBuilder(
                URI.create(service + "/contracts"))
            .header("X-Tenant", "acme").header("X-User", "alice").header("X-Roles", "CONTRACT_MANAGER")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(ContractDrafts.VALID_JSON)).build());

        assertEquals(401, withUserToken.statusCode(), "a user token is not an internal identity");
        assertEquals(401, withForgedHeaders.statusCode());
        assertFalse(withForgedHeaders.body().contains("contractId"));
    }

    private static HttpResponse<String> call(String method, String path, String token, String body) {
        return call(method, path, token, body, null);
    }

    private static HttpResponse<String> call(String method, String path, String token, String body,
                                             String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(running.suite.gatewayUrl() + path))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return RunningSuite.send(request.build());
    }
}
