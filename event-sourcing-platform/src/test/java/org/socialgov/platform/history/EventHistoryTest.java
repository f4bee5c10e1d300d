package org.socialgov.platform.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.platform.identity.AuditMetaData;
import org.socialgov.platform.support.TestServices;
import org.socialgov.platform.testmodel.OpenLedgerCommand;
import org.socialgov.platform.testmodel.RecordEntryCommand;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * A command sent outside any HTTP request (a system process) carries its audit metadata itself; the history shows it
 * to the owning tenant and, to anyone else, does not exist.
 */
class EventHistoryTest {

    @TempDir
    static Path dataDir;

    private static ApplicationContext service;
    private static EventHistory history;

    @BeforeAll
    static void startServiceWithOneLedger() {
        service = TestServices.start(dataDir, Map.of());
        history = service.getBean(EventHistory.class);
        CommandGateway commands = service.getBean(CommandGateway.class);
        Map<String, Object> auditMetaData = Map.of(AuditMetaData.TENANT, "acme", AuditMetaData.ACTOR, "nightly-import",
            AuditMetaData.ACTOR_ROLE, "SYSTEM", AuditMetaData.REQUEST_ID, "batch-7", AuditMetaData.REASON, "Import");
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new OpenLedgerCommand("history-1"))
            .andMetaData(auditMetaData));
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RecordEntryCommand("history-1", 25))
            .andMetaData(auditMetaData));
    }

    @AfterAll
    static void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void givenEventsWithAuditMetaData_whenOwningTenantReadsHistory_thenWhoWhyAndWhatInOrder() {
        List<RecordedEvent> events = history.of("history-1", "acme");

        assertEquals(List.of(0L, 1L), events.stream().map(RecordedEvent::sequenceNumber).toList());
        assertEquals(List.of("LedgerOpenedEvent", "EntryRecordedEvent"),
            events.stream().map(RecordedEvent::eventType).toList());
        RecordedEvent entry = events.get(1);
        assertEquals(List.of("acme", "nightly-import", "SYSTEM", "Import", "batch-7"),
            List.of(entry.tenant(), entry.actor(), entry.actorRole(), entry.reason(), entry.requestId()));
        assertEquals(Map.of("ledgerId", "history-1", "amount", 25L), entry.payload());
    }

    @Test
    void givenAnotherTenantsAggregate_whenHistoryRead_thenNotFound() {
        ProblemException refused = assertThrows(ProblemException.class, () -> history.of("history-1", "globex"));

        assertEquals(ProblemType.NOT_FOUND, refused.problemType());
        assertEquals(ProblemType.NOT_FOUND,
            assertThrows(ProblemException.class, () -> history.of("no-such-ledger", "acme")).problemType());
    }
}
