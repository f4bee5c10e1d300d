package org.socialgov.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.atlassian.oai.validator.model.Request;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.client.contract.ApiException;
import org.socialgov.client.contract.model.AggregateDiff;
import org.socialgov.client.contract.model.AmendmentDecisionRequest;
import org.socialgov.client.contract.model.AmendmentRequest;
import org.socialgov.client.contract.model.AuditEvent;
import org.socialgov.client.contract.model.Contract;
import org.socialgov.client.contract.model.ContractParty;
import org.socialgov.client.contract.model.ContractTerms;
import org.socialgov.client.contract.model.DamagesClause;
import org.socialgov.client.contract.model.FieldChange;
import org.socialgov.client.contract.model.IntegrityReport;
import org.socialgov.client.contract.model.Money;

/**
 * The auditor's scenario through the gateway: a contract amended twice; its state as of a date between the two
 * amendments; the diff between the versions in force before and after both; verification, before and after someone
 * edits a stored event directly in the database.
 */
class AuditorEndToEndTest {

    private static final SpecConformance CONTRACT_SPEC = SpecConformance.of("contract-service.yaml");

    @TempDir
    static Path dataDir;
    private static RunningSuite running;

    @BeforeAll
    static void startSuite() {
        running = RunningSuite.start(dataDir);
    }

    @AfterAll
    static void stopSuite() {
        running.close();
    }

    @Test
    void givenContractAmendedTwice_whenAuditorReplaysComparesAndVerifies_thenTheRecordAnswersAndShowsTampering()
        throws Exception {
        String manager = running.token("alice", "acme", "CONTRACT_MANAGER");
        String agency = running.token("agency-blue", "acme", "AGENCY");
        String auditor = running.token("audrey", "acme", "AUDITOR");
        ContractTerms original = ContractDrafts.operations2027().getTerms();
        String contractId = running.contracts(manager).createContractDraft(ContractDrafts.operations2027(), null, null)
            .getContractId();
        ActiveContracts.signByBothParties(running, contractId, manager, agency);
        ContractTerms cappedDamages = ContractDrafts.operations2027().getTerms()
            .damages(new DamagesClause().cap(DamagesClause.CapEnum.MONTHS_OF_FEES).months(6));
        amend(contractId, manager, agency, 1, cappedDamages, LocalDate.of(2027, 4, 1));
        OffsetDateTime betweenAmendments = OffsetDateTime.now(ZoneOffset.UTC);
        // The second amendment must be recorded strictly after the instant asked about.
        Awaitility.await().until(() -> OffsetDateTime.now(ZoneOffset.UTC).isAfter(betweenAmendments));
        ContractTerms higherFee = ContractDrafts.operations2027().getTerms().damages(cappedDamages.getDamages())
            .fees(original.getFees().baseMonthlyFee(new Money().currency("EUR").amount("3000.00")));
        amend(contractId, manager, agency, 2, higherFee, LocalDate.of(2027, 7, 1));

        Contract then = running.contracts(auditor).getContract(contractId, null, betweenAmendments);
        assertEquals(DamagesClause.CapEnum.MONTHS_OF_FEES, then.getTerms().getDamages().getCap());
        assertEquals("2500.00", then.getTerms().getFees().getBaseMonthlyFee().getAmount(),
            "the fee amendment was not in force yet");
        assertEquals(2, then.getVersions().size());

        List<AuditEvent> events = running.contractHistory(auditor).getContractHistory(contractId, null, null)
            .getEvents();
        long versionOneInForce = sequenceOf(events, "ContractActivatedEvent", 0);
        long versionThreeInForce = sequenceOf(events, "AmendmentAcceptedEvent", 1);
        AggregateDiff diff = running.contractHistory(auditor).diffContractVersions(contractId, versionOneInForce,
            versionThreeInForce);
        Set<String> amendedTerms = new TreeSet<>(diff.getChanges().stream().map(FieldChange::getPath)
            .filter(path -> path.startsWith("terms.")).toList());
        assertEquals(Set.of("terms.damages.cap", "terms.damages.months", "terms.fees.baseMonthlyFee.amount"),
            amendedTerms);
        assertEquals(List.of("AmendmentProposedEvent", "AmendmentAcceptedEvent", "AmendmentProposedEvent",
            "AmendmentAcceptedEvent"), diff.getEvents().stream().map(AuditEvent::getEventType).toList());

        IntegrityReport intact = running.contractHistory(auditor).verifyContractIntegrity(contractId);
        assertEquals(IntegrityReport.VerdictEnum.INTACT, intact.getVerdict());

        long edited = sequenceOf(events, "AmendmentProposedEvent", 0);
        StoredEvents.editPayload(running, "contract-service", contractId, edited, "\"months\":6", "\"months\":12");

        IntegrityReport broken = running.contractHistory(auditor).verifyContractIntegrity(contractId);
        assertEquals(IntegrityReport.VerdictEnum.BROKEN, broken.getVerdict());
        assertEquals(edited, broken.getBrokenAt());
        assertEquals(IntegrityReport.BreachEnum.CHANGED, broken.getBreach());

        HttpResponse<String> tenantCheck = get("/api/audit/contracts/integrity", auditor);
        assertEquals(200, tenantCheck.statusCode(), tenantCheck.body());
        assertTrue(tenantCheck.body().contains("\"brokenAt\":" + edited), tenantCheck.body());
        CONTRACT_SPEC.assertConforms(Request.Method.GET, "/api/audit/contracts/integrity", tenantCheck);
        HttpResponse<String> export = get("/api/audit/contracts/events?aggregateType=Contract", auditor);
        assertEquals(200, export.statusCode(), export.body());
        assertEquals("no-store", export.headers().firstValue("Cache-Control").orElse(""), "an export is never cached");
        assertEquals(events.size(), export.body().lines().filter(line -> line.contains(contractId)).count());
        for (String path : List.of("/history?limit=2", "/diff?from=0&to=2", "/integrity")) {
            HttpResponse<String> answer = get("/api/contracts/" + contractId + path, auditor);
            CONTRACT_SPEC.assertConforms(Request.Method.GET, "/api/contracts/" + contractId + path.split("\\?")[0],
                answer);
        }
    }

    @Test
    void givenContracts_whenOperatorRebuildsReadModelsThroughTheGateway_thenItCompletesAndListsAgree()
        throws Exception {
        String manager = running.token("alice", "acme", "CONTRACT_MANAGER");
        running.contracts(manager).createContractDraft(ContractDrafts.operations2027(), null, null);
        String listBefore = get("/api/contracts?limit=50", manager).body();
        String operator = running.token("otto", "acme", "OPERATOR");

        HttpResponse<String> started = RunningSuite.send(HttpRequest.newBuilder(URI.create(running.suite.gatewayUrl()
            + "/api/admin/contracts/projections/rebuild")).header("Authorization", "Bearer " + operator)
            .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertEquals(202, started.statusCode(), started.body());
        assertEquals("/api/admin/contracts/projections/rebuild", started.headers().firstValue("Location")
            .map(location -> URI.create(location).getPath()).orElse(""));
        assertEquals(403, get("/api/admin/contracts/projections/rebuild", manager).statusCode());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> get(
            "/api/admin/contracts/projections/rebuild", operator).body().contains("\"COMPLETED\""));
        assertEquals(listBefore, get("/api/contracts?limit=50", manager).body());
    }

    private static void amend(String contractId, String manager, String agency, int amendmentNo, ContractTerms terms,
                              LocalDate effectiveFrom) throws ApiException {
        running.contractAmendments(agency).proposeAmendment(contractId, new AmendmentRequest()
            .party(ContractParty.PROVIDER).effectiveFrom(effectiveFrom).newTerms(terms), null, null, null);
        running.contractAmendments(manager).decideAmendment(contractId, amendmentNo, new AmendmentDecisionRequest()
            .party(ContractParty.CLIENT).decision(AmendmentDecisionRequest.DecisionEnum.ACCEPT), null, null, null);
    }

    private static long sequenceOf(List<AuditEvent> events, String eventType, int occurrence) {
        return events.stream().filter(event -> eventType.equals(event.getEventType())).skip(occurrence).findFirst()
            .orElseThrow().getSequenceNumber();
    }

    private static HttpResponse<String> get(String path, String token) {
        return RunningSuite.send(HttpRequest.newBuilder(URI.create(running.suite.gatewayUrl() + path))
            .header("Authorization", "Bearer " + token).GET().build());
    }
}
