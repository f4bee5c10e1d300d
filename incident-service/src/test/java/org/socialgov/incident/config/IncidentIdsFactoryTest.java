package org.socialgov.incident.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.incident.domain.IncidentIds;
import org.socialgov.testsupport.TestStore;

/** The key incident ids are derived with: made once per database, shared by every instance, kept across restarts. */
class IncidentIdsFactoryTest {

    private static final String POST = "x.com/someone/status/77";

    @TempDir
    Path dataDir;

    @Test
    void givenInstancesStartingTogether_whenEachMakesItsIds_thenAllDeriveTheSameIdsFromOneKey() {
        try (TestStore store = TestStore.start(dataDir)) {
            MongoDatabase database = store.database("incident-service");
            List<String> ids = IntStream.range(0, 4)
                .mapToObj(instance -> CompletableFuture.supplyAsync(() -> idsOn(database).forPost("acme", POST)))
                .toList().stream().map(CompletableFuture::join).toList();

            assertEquals(1, ids.stream().distinct().count(), ids.toString());
            assertEquals(1, database.getCollection(IncidentIdsFactory.COLLECTION).countDocuments());
            assertEquals(ids.get(0), idsOn(database).forPost("acme", POST), "after a restart");
            assertNotEquals(ids.get(0), idsOn(store.database("another-installation")).forPost("acme", POST),
                "each installation has its own key");
        }
    }

    private static IncidentIds idsOn(MongoDatabase database) {
        EventStore events = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        return new IncidentIdsFactory().incidentIds(database, events);
    }
}
