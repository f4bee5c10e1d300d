package org.socialgov.platform.audit;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.micronaut.context.ApplicationContext;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.platform.eventstore.EventDocuments;
import org.socialgov.platform.identity.AuditMetaData;
import org.socialgov.platform.support.TestServices;
import org.socialgov.platform.testmodel.Ledger;
import org.socialgov.platform.testmodel.OpenLedgerCommand;
import org.socialgov.platform.testmodel.RecordEntryCommand;

/**
 * The store's own fields (stream position, stream key, time of the append) lie outside the seal: events were sealed
 * without them before they existed, and the chain of events stored with them verifies the same way.
 */
class SealsOverStreamPositionsTest {

    @TempDir
    Path dataDir;

    @Test
    void givenEventsStoredWithStreamPositions_whenVerified_thenIntactAndTheirPositionsAreNotSealed() {
        try (ApplicationContext service = TestServices.start(dataDir, Map.of())) {
            Map<String, Object> acme = Map.of(AuditMetaData.TENANT, "acme");
            CommandGateway commands = service.getBean(CommandGateway.class);
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new OpenLedgerCommand("sealed-1"))
                .andMetaData(acme));
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RecordEntryCommand("sealed-1", 5))
                .andMetaData(acme));
            MongoCollection<Document> events = service.getBean(MongoDatabase.class)
                .getCollection(StoredEventLog.COLLECTION);
            Document entry = events.find(eq(EventDocuments.STREAM_KEY, "sealed-1#1")).first();
            assertNotNull(entry.get(EventDocuments.POSITION));
            assertNotNull(entry.get(EventDocuments.APPENDED_AT));

            StoredEvent stored = StoredEvent.from(entry);
            assertEquals(EventHashChain.storedValue(stored, EventHashChain.HASH),
                EventHashChain.hash(EventHashChain.storedValue(stored, EventHashChain.PREVIOUS_HASH), stored));
            events.updateOne(eq(EventDocuments.STREAM_KEY, "sealed-1#1"), set(EventDocuments.POSITION, 1_000_000L));

            IntegrityReport report = service.getBean(AuditTrail.class).verify(Ledger.class, "sealed-1", "acme");
            assertEquals(IntegrityReport.Verdict.INTACT, report.verdict(), report.explanation());
            assertEquals(2, report.eventsChecked());
        }
    }
}
