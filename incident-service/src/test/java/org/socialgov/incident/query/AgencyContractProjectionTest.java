package org.socialgov.incident.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.incident.domain.AgencyContract;
import org.socialgov.testsupport.TestStore;

/**
 * The contracts read from contract-service's record, handlers called directly with the stored JSON of its events:
 * amendments change the scope from their date, an assignment moves the contract to another agency, a termination or
 * an expiry ends it, other events are skipped, and a redelivery changes nothing.
 */
class AgencyContractProjectionTest {

    private static final JacksonSerializer SERIALIZER = JacksonSerializer.defaultSerializer();

    @TempDir
    Path dataDir;
    private TestStore store;
    private KnownAgencyContracts contracts;
    private AgencyContractProjection projection;

    @BeforeEach
    void setUp() {
        store = TestStore.start(dataDir);
        contracts = new KnownAgencyContracts(store.database("incident-service"), null);
        projection = new AgencyContractProjection(contracts);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void givenContractWithoutMonitoring_whenAmendedToIncludeItFromADate_thenMonitoringFromThatDateOnly() {
        for (int delivery = 0; delivery < 2; delivery++) {
            project(0, "ContractDraftCreatedEvent", """
                {"contractId":"c-1","client":"acme","title":"Ops","provider":{"providerId":"blue","name":"Blue",
                 "kind":"AGENCY"},"terms":{"scope":{"platforms":["X"],"tasks":["REGULAR_POSTING"]}}}""");
            project(1, "ContractSignedByPartyEvent", "{\"contractId\":\"c-1\",\"party\":\"CLIENT\"}");
            project(2, "ContractActivatedEvent", "{\"contractId\":\"c-1\",\"activeFrom\":\"2026-01-01\"}");
            project(3, "AmendmentProposedEvent", """
                {"contractId":"c-1","amendmentNo":1,"party":"CLIENT","proposedBy":"alice","effectiveFrom":"2026-06-01",
                 "newTerms":{"scope":{"tasks":["REGULAR_POSTING","MENTION_MONITORING_AND_REPORTING"]}}}""");
            project(4, "AmendmentAcceptedEvent", """
                {"contractId":"c-1","amendmentNo":1,"party":"PROVIDER","acceptedBy":"blue","contractVersionNo":2,
                 "effectiveFrom":"2026-06-01"}""");
        }

        AgencyContract contract = only("blue");
        assertTrue(contract.inForceOn(LocalDate.of(2026, 5, 31)));
        assertFalse(contract.monitorsMentionsOn(LocalDate.of(2026, 5, 31)));
        assertTrue(contract.monitorsMentionsOn(LocalDate.of(2026, 6, 1)));
    }

    @Test
    void givenMonitoringContract_whenAssignedToAnotherAgencyAndThenTerminated_thenTheNewAgencyHoldsItUntilTheEnd() {
        monitoringContract("c-2", "blue");
        project(3, "ContractAssignedEvent", """
            {"contractId":"c-2","party":"PROVIDER","assignee":{"companyId":"green","name":"Green"},
             "requestedBy":"blue"}""");
        project(4, "ContractTerminatedEvent", """
            {"contractId":"c-2","party":"CLIENT","ground":"NOTICE","effectiveOn":"2026-09-30",
             "explanation":"Replaced","survivingDuties":[]}""");

        assertEquals(List.of(), contracts.known("acme", "blue"));
        AgencyContract contract = only("green");
        assertTrue(contract.inForceOn(LocalDate.of(2026, 9, 29)));
        assertFalse(contract.inForceOn(LocalDate.of(2026, 9, 30)));
    }

    @Test
    void givenMonitoringContract_whenItExpires_thenItsLastDayIsStillInForce() {
        monitoringContract("c-3", "blue");
        project(3, "ContractRenewedEvent", """
            {"contractId":"c-3","previousEnd":"2026-12-31","newEnd":"2027-12-31"}""");
        project(4, "ContractExpiredEvent", """
            {"contractId":"c-3","endedOn":"2027-12-31","survivingDuties":[]}""");

        AgencyContract contract = only("blue");
        assertTrue(contract.inForceOn(LocalDate.of(2027, 12, 31)));
        assertFalse(contract.inForceOn(LocalDate.of(2028, 1, 1)));
    }

    @Test
    void givenEventsOfOtherServicesOrTypes_whenProjected_thenNothingIsRecorded() {
        projection.on(unknown("org.socialgov.policy.api.OfficialAccountRegisteredEvent",
            "{\"accountId\":\"a-1\",\"tenant\":\"acme\"}"), 0);
        project(0, "ContractDraftWithdrawnEvent", "{\"contractId\":\"c-9\"}");

        assertEquals(List.of(), contracts.known("acme", "blue"));
    }

    private void monitoringContract(String contractId, String agency) {
        project(0, "ContractDraftCreatedEvent", """
            {"contractId":"%s","client":"acme","provider":{"providerId":"%s"},
             "terms":{"scope":{"tasks":["MENTION_MONITORING_AND_REPORTING"]}}}""".formatted(contractId, agency));
        project(2, "ContractActivatedEvent", "{\"contractId\":\"" + contractId + "\",\"activeFrom\":\"2026-01-01\"}");
    }

    private AgencyContract only(String agency) {
        List<AgencyContract> held = contracts.known("acme", agency);
        assertEquals(1, held.size(), held.toString());
        return held.get(0);
    }

    private void project(long sequence, String type, String json) {
        projection.on(unknown("org.socialgov.contract.api." + type, json), sequence);
    }

    private static UnknownSerializedType unknown(String type, String json) {
        return new UnknownSerializedType(SERIALIZER, new SimpleSerializedObject<>(json, String.class, type, null));
    }
}
