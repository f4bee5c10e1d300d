package org.socialgov.platform.axon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import com.mongodb.client.MongoDatabase;
import io.micronaut.context.ApplicationContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.platform.support.TestServices;
import org.socialgov.platform.testmodel.Ledger;
import org.socialgov.platform.testmodel.OpenLedgerCommand;
import org.socialgov.platform.testmodel.RecordEntryCommand;

/** Long histories are snapshotted in MongoDB, and a state loaded from a snapshot equals the replayed one. */
class SnapshotTest {

    @TempDir
    Path dataDir;

    @Test
    void givenMoreEventsThanTheThreshold_whenLoaded_thenStateComesFromASnapshotAndEqualsTheFullReplay() {
        long balanceFromSnapshot;
        try (ApplicationContext context = TestServices.start(dataDir, Map.of("socialgov.store.database", "snapshots",
            "socialgov.events.snapshot-threshold", 5))) {
            CommandGateway commands = context.getBean(CommandGateway.class);
            commands.sendAndWait(new OpenLedgerCommand("ledger-1"));
            for (int amount = 1; amount <= 12; amount++) {
                commands.sendAndWait(new RecordEntryCommand("ledger-1", amount));
            }
            Document snapshot = context.getBean(MongoDatabase.class).getCollection("snapshotevents")
                .find(new Document("aggregateIdentifier", "ledger-1")).first();
            assertTrue(snapshot != null, "a snapshot was stored");
            assertTrue(snapshot.get("serializedPayload").toString().contains("\"balance\""),
                "the snapshot holds the aggregate's fields: " + snapshot.get("serializedPayload"));
            balanceFromSnapshot = context.getBean(AggregateReader.class)
                .read(Ledger.class, "ledger-1", Ledger::balance).value();
        }
        try (ApplicationContext context = TestServices.start(dataDir,
            Map.of("socialgov.store.database", "snapshots",
            "socialgov.events.snapshot-threshold", Integer.MAX_VALUE))) {
            context.getBean(MongoDatabase.class).getCollection("snapshotevents").deleteMany(new Document());
            long balanceFromEvents = context.getBean(AggregateReader.class)
                .read(Ledger.class, "ledger-1", Ledger::balance).value();
            assertEquals(78, balanceFromEvents);
            assertEquals(balanceFromEvents, balanceFromSnapshot);
        }
    }
}
