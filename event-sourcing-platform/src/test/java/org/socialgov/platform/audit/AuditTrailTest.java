package org.socialgov.platform.audit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.micronaut.context.ApplicationContext;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.platform.audit.IntegrityReport.Breach;
import org.socialgov.platform.audit.IntegrityReport.Verdict;
import org.socialgov.platform.axon.BusinessName;
import org.socialgov.platform.identity.AuditMetaData;
import org.socialgov.platform.support.TestServices;
import org.socialgov.platform.testmodel.Ledger;
import org.socialgov.platform.testmodel.LedgerOpenedEvent;
import org.socialgov.platform.testmodel.OpenLedgerCommand;
import org.socialgov.platform.testmodel.RecordEntryCommand;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * The audit trail over the test ledgers: history with who, why and the seals; verification that names what was done
 * to events edited directly in the database; a tenant-wide verification; and the NDJSON export.
 */
class AuditTrailTest {

    @TempDir
    static Path dataDir;

    private static ApplicationContext service;
    private static AuditTrail auditTrail;
    private static CommandGateway commands;
    private static MongoCollection<Document> storedEvents;

    @BeforeAll
    static void startService() {
        service = TestServices.start(dataDir, Map.of());
        auditTrail = service.getBean(AuditTrail.class);
        commands = service.getBean(CommandGateway.class);
        storedEvents = service.getBean(MongoDatabase.class).getCollection(StoredEventLog.COLLECTION);
    }

    @AfterAll
    static void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void givenEventsWithAuditMetaData_whenOwningTenantReadsHistory_thenWhoWhyWhatAndSealsInOrder() {
        ledger("acme", "history-1", 25, 30);

        AuditEventPage page = auditTrail.history(Ledger.class, "history-1", "acme", null, 100);

        List<AuditEvent> events = page.events();
        assertEquals(List.of(0L, 1L, 2L), events.stream().map(AuditEvent::sequenceNumber).toList());
        assertEquals(List.of("LedgerOpenedEvent", "EntryRecordedEvent", "EntryRecordedEvent"),
            events.stream().map(AuditEvent::eventType).toList());
        AuditEvent entry = events.get(1);
        assertEquals(List.of("acme", "nightly-import", "SYSTEM", "Import", "batch-7"),
            List.of(entry.tenant(), entry.actor(), entry.actorRole(), entry.reason(), entry.requestId()));
        assertEquals(Map.of("ledgerId", "history-1", "amount", 25), entry.payload());
        assertEquals(EventHashChain.GENESIS, events.get(0).previousHash());
        assertEquals(events.get(0).hash(), events.get(1).previousHash());
        assertEquals(events.get(1).hash(), events.get(2).previousHash());
        assertNull(page.nextAfter());
    }

    @Test
    void givenEventsByAMachineClientAndByAPerson_whenHistoryRead_thenEachShowsAllItsRecordHolds() {
        Map<String, Object> byClient = Map.of(AuditMetaData.TENANT, "acme", AuditMetaData.ACTOR, "agency-blue",
            AuditMetaData.ACTOR_ROLE, "AGENCY", AuditMetaData.CLIENT_ID, "sgc_admin-tool",
            AuditMetaData.IDEMPOTENCY_KEY, "key-7", AuditMetaData.TRACEPARENT,
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new OpenLedgerCommand("client-1"))
            .andMetaData(byClient));
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RecordEntryCommand("client-1", 5))
            .andMetaData(Map.of(AuditMetaData.TENANT, "acme", AuditMetaData.ACTOR, "alice")));

        List<AuditEvent> events = auditTrail.history(Ledger.class, "client-1", "acme", null, 10).events();

        AuditEvent opened = events.get(0);
        Document stored = storedEvents.find(event("client-1", 0)).first();
        assertEquals(stored.getString("timestamp"), opened.timestamp(), "the time exactly as stored and hashed");
        assertEquals(List.of(LedgerOpenedEvent.class.getName(), "sgc_admin-tool", "key-7",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"),
            List.of(opened.payloadType(), opened.clientId(), opened.idempotencyKey(), opened.traceparent()));
        assertNull(opened.payloadRevision());
        assertEquals("sgc_admin-tool", opened.metaData().get(AuditMetaData.CLIENT_ID));
        assertTrue(opened.metaData().containsKey(AuditMetaData.CORRELATION_ID), opened.metaData().toString());
        assertFalse(opened.metaData().containsKey(EventHashChain.HASH), "the seal is shown as hash and previousHash");
        AuditEvent byPerson = events.get(1);
        assertNull(byPerson.clientId());
        assertFalse(byPerson.metaData().containsKey(AuditMetaData.CLIENT_ID));
    }

    @Test
    void givenLongHistory_whenReadInPages_thenEachPageContinuesWhereTheLastStopped() {
        ledger("acme", "paged-1", 1, 2, 3, 4);

        AuditEventPage first = auditTrail.history(Ledger.class, "paged-1", "acme", null, 2);
        AuditEventPage second = auditTrail.history(Ledger.class, "paged-1", "acme", first.nextAfter(), 2);
        AuditEventPage last = auditTrail.history(Ledger.class, "paged-1", "acme", second.nextAfter(), 2);

        assertEquals(List.of(0L, 1L), first.events().stream().map(AuditEvent::sequenceNumber).toList());
        assertEquals(List.of(2L, 3L), second.events().stream().map(AuditEvent::sequenceNumber).toList());
        assertEquals(List.of(4L), last.events().stream().map(AuditEvent::sequenceNumber).toList());
        assertNull(last.nextAfter());
    }

    @Test
    void givenAnotherTenantsAggregate_whenAskedAbout_thenAnsweredExactlyAsAMissingOne() {
        ledger("acme", "private-1", 5);

        List<ProblemException> refusals = List.of(
            assertThrows(ProblemException.class, () -> auditTrail.history(Ledger.class, "private-1", "globex", null,
                10)),
            assertThrows(ProblemException.class, () -> auditTrail.verify(Ledger.class, "private-1", "globex")),
            assertThrows(ProblemException.class, () -> auditTrail.diff(Ledger.class, "private-1", "globex", 0, 1,
                Map.of(), Map.of())));
        ProblemException missing = assertThrows(ProblemException.class,
            () -> auditTrail.history(Ledger.class, "private-2", "acme", null, 10));

        assertEquals(ProblemType.NOT_FOUND, missing.problemType());
        assertEquals("No ledger 'private-2'", missing.getMessage());
        refusals.forEach(refusal -> assertEquals(List.of(ProblemType.NOT_FOUND, "No ledger 'private-1'"),
            List.of(refusal.problemType(), refusal.getMessage())));
    }

    @Test
    void givenAggregateOfAnotherType_whenAskedAboutAsThisType_thenAnsweredAsAMissingOne() {
        ledger("acme", "typed-1", 5);

        ProblemException refusal = assertThrows(ProblemException.class,
            () -> auditTrail.history(Note.class, "typed-1", "acme", null, 10));

        assertEquals(List.of(ProblemType.NOT_FOUND, "No note 'typed-1'"),
            List.of(refusal.problemType(), refusal.getMessage()));
    }

    /** Another kind of aggregate, for asking about a ledger as if it were one. */
    @BusinessName("note")
    private static final class Note {
    }

    @Test
    void givenUntouchedRecord_whenVerified_thenIntactWithItsLastHash() {
        ledger("acme", "intact-1", 1, 2);

        IntegrityReport report = auditTrail.verify(Ledger.class, "intact-1", "acme");

        assertEquals(Verdict.INTACT, report.verdict());
        assertEquals(3, report.eventsChecked());
        assertEquals(auditTrail.history(Ledger.class, "intact-1", "acme", null, 10).events().get(2).hash(),
            report.lastHash());
    }

    @Test
    void givenPayloadEditedInTheDatabase_whenVerified_thenThatEventIsNamedAsChanged() {
        ledger("acme", "edited-1", 100, 200, 300);
        storedEvents.updateOne(event("edited-1", 2), set("serializedPayload",
            "{\"ledgerId\":\"edited-1\",\"amount\":2000}"));

        IntegrityReport report = auditTrail.verify(Ledger.class, "edited-1", "acme");

        assertEquals(List.of(Verdict.BROKEN, 2L, Breach.CHANGED),
            List.of(report.verdict(), report.brokenAt(), report.breach()));
    }

    @Test
    void givenActorEditedInTheDatabase_whenVerified_thenThatEventIsNamedAsChanged() {
        ledger("acme", "edited-2", 100);
        Document stored = storedEvents.find(event("edited-2", 1)).first();
        storedEvents.updateOne(event("edited-2", 1), set("serializedMetaData",
            stored.getString("serializedMetaData").replace("nightly-import", "someone-else")));

        IntegrityReport report = auditTrail.verify(Ledger.class, "edited-2", "acme");

        assertEquals(List.of(1L, Breach.CHANGED), List.of(report.brokenAt(), report.breach()));
    }

    @Test
    void givenEventDeletedFromTheDatabase_whenVerified_thenTheGapIsNamedAsMissing() {
        ledger("acme", "deleted-1", 1, 2, 3);
        storedEvents.deleteOne(event("deleted-1", 2));

        IntegrityReport report = auditTrail.verify(Ledger.class, "deleted-1", "acme");

        assertEquals(List.of(3L, Breach.MISSING), List.of(report.brokenAt(), report.breach()));
        assertEquals("Event 2 is missing before event 3", report.explanation());
    }

    @Test
    void givenTwoEventsSwappedInTheDatabase_whenVerified_thenNamedAsReordered() {
        ledger("acme", "swapped-1", 1, 2, 3);
        storedEvents.updateOne(event("swapped-1", 1), set("sequenceNumber", -1L));
        storedEvents.updateOne(event("swapped-1", 2), set("sequenceNumber", 1L));
        storedEvents.updateOne(event("swapped-1", -1), set("sequenceNumber", 2L));

        IntegrityReport report = auditTrail.verify(Ledger.class, "swapped-1", "acme");

        assertEquals(List.of(1L, Breach.REORDERED), List.of(report.brokenAt(), report.breach()));
        assertTrue(report.explanation().contains("recorded as event 2"), report.explanation());
    }

    @Test
    void givenOneTamperedAggregateInTenant_whenTenantVerified_thenOnlyThatOneIsBrokenAndOthersTenantsAreLeftOut() {
        ledger("initech", "bulk-1", 1);
        ledger("initech", "bulk-2", 1, 2);
        ledger("initech", "bulk-3", 1);
        ledger("umbrella", "bulk-other", 1);
        storedEvents.updateOne(event("bulk-2", 1), set("serializedPayload", "{\"ledgerId\":\"bulk-2\",\"amount\":9}"));

        TenantIntegrityReport report = auditTrail.verifyTenant("initech");

        assertEquals(Verdict.BROKEN, report.verdict());
        assertEquals(3, report.aggregatesChecked());
        assertEquals(7, report.eventsChecked());
        assertEquals(1, report.brokenAggregates());
        assertEquals(List.of("bulk-2"), report.broken().stream().map(IntegrityReport::aggregateId).toList());
        assertEquals(Verdict.INTACT, auditTrail.verifyTenant("umbrella").verdict());
    }

    @Test
    void givenEventsOfSeveralTenants_whenExported_thenOneSelfContainedLinePerEventOfTheTenantOnly() throws IOException {
        Instant before = Instant.now();
        ledger("hooli", "export-1", 1, 2);
        ledger("piedpiper", "export-2", 1);

        List<JsonNode> lines = exportLines(auditTrail.export("hooli", before, null, null));

        assertEquals(3, lines.size());
        assertEquals(List.of("export-1", "export-1", "export-1"),
            lines.stream().map(line -> line.get("aggregateId").asText()).toList());
        lines.forEach(line -> assertTrue(line.get("hash").asText().matches("[0-9a-f]{64}"), line.toString()));
        assertEquals(lines.get(0).get("hash"), lines.get(1).get("previousHash"));
        assertEquals(0, exportLines(auditTrail.export("hooli", before, before.plusMillis(1), "Contract")).size());
    }

    private static List<JsonNode> exportLines(InputStream export) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(export, StandardCharsets.UTF_8))) {
            return reader.lines().map(line -> {
                try {
                    return json.readTree(line);
                } catch (IOException e) {
                    throw new AssertionError("Not JSON: " + line, e);
                }
            }).toList();
        }
    }

    private static org.bson.conversions.Bson event(String ledgerId, long sequenceNumber) {
        return and(eq("aggregateIdentifier", ledgerId), eq("sequenceNumber", sequenceNumber));
    }

    private static void ledger(String tenant, String ledgerId, long... amounts) {
        Map<String, Object> auditMetaData = Map.of(AuditMetaData.TENANT, tenant, AuditMetaData.ACTOR,
            "nightly-import", AuditMetaData.ACTOR_ROLE, "SYSTEM", AuditMetaData.REQUEST_ID, "batch-7",
            AuditMetaData.REASON, "Import");
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new OpenLedgerCommand(ledgerId))
            .andMetaData(auditMetaData));
        for (long amount : amounts) {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RecordEntryCommand(ledgerId, amount))
                .andMetaData(auditMetaData));
        }
    }
}
