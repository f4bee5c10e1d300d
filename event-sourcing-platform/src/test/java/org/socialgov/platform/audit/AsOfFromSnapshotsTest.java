package org.socialgov.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoDatabase;
import io.micronaut.context.ApplicationContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.platform.axon.AggregateReader;
import org.socialgov.platform.axon.PointInHistory;
import org.socialgov.platform.support.TestServices;
import org.socialgov.platform.testmodel.Ledger;
import org.socialgov.platform.testmodel.OpenLedgerCommand;
import org.socialgov.platform.testmodel.RecordEntryCommand;

/**
 * As-of reads start from the nearest earlier snapshot of the snapshot history; whatever the point asked for, the
 * answer equals a replay of every event from the first.
 */
class AsOfFromSnapshotsTest {

    @TempDir
    static Path dataDir;

    @Test
    void givenManySnapshotsInHistory_whenReadAsOfEveryVersionAndInstant_thenSameAsFullReplay() {
        try (ApplicationContext service = TestServices.start(dataDir,
            Map.of("socialgov.events.snapshot-threshold", 4))) {
            CommandGateway commands = service.getBean(CommandGateway.class);
            AggregateReader reader = service.getBean(AggregateReader.class);
            commands.sendAndWait(new OpenLedgerCommand("long-1"));
            List<Instant> afterEach = new ArrayList<>();
            for (int entry = 1; entry <= 30; entry++) {
                commands.sendAndWait(new RecordEntryCommand("long-1", entry));
                afterEach.add(Instant.now());
            }
            long snapshotsKept = service.getBean(MongoDatabase.class).getCollection(SnapshotHistory.COLLECTION)
                .countDocuments();
            assertTrue(snapshotsKept >= 5, "snapshots kept: " + snapshotsKept);

            for (long version = 0; version <= 30; version++) {
                assertSameAsReplay(reader, PointInHistory.atVersion(version));
            }
            afterEach.forEach(instant -> assertSameAsReplay(reader, PointInHistory.atInstant(instant)));
            assertEquals(465L, reader.readAsOf(Ledger.class, "long-1", PointInHistory.atVersion(30), Ledger::balance)
                .value());
        }
    }

    private static void assertSameAsReplay(AggregateReader reader, PointInHistory point) {
        AggregateReader.Versioned<Long> fromSnapshot = reader.readAsOf(Ledger.class, "long-1", point,
            Ledger::balance, true);
        AggregateReader.Versioned<Long> replayed = reader.readAsOf(Ledger.class, "long-1", point,
            Ledger::balance, false);
        assertEquals(replayed, fromSnapshot, "as of " + point);
    }
}
