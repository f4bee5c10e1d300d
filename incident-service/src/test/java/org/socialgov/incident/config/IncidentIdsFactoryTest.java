package org.socialgov.incident.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.incident.domain.IncidentIds;
import org.socialgov.platform.audit.StoredEventLog;
import org.socialgov.testsupport.TestStore;

/**
 * The key incident ids are derived with: made once per database, shared by every instance, kept across restarts;
 * and whether incidents under legacy ids can exist, decided when it is made.
 */
class IncidentIdsFactoryTest {

    private static final String POST = "x.com/someone/status/77";
    private static final String LEGACY_ID = IncidentIds.legacyOf("acme", POST);

    @TempDir
    Path dataDir;

    @Test
    void givenInstancesStartingTogether_whenEachMakesItsIds_thenAllDeriveTheSameIdsFromOneKey() {
        try (TestStore store = TestStore.start(dataDir)) {
            MongoDatabase database = store.database("incident-service");
            List<String> ids = IntStream.range(0, 4)
                .mapToObj(instance -> CompletableFuture.supplyAsync(() -> idsOn(database, eventStore())
                    .forPost("acme", POST)))
                .toList().stream().map(CompletableFuture::join).toList();

            assertEquals(1, ids.stream().distinct().count(), ids.toString());
            assertEquals(1, database.getCollection(IncidentIdsFactory.COLLECTION).countDocuments());
            assertEquals(ids.get(0), idsOn(database, eventStore()).forPost("acme", POST), "after a restart");
            assertNotEquals(ids.get(0), idsOn(store.database("another-installation"), eventStore())
                .forPost("acme", POST), "each installation has its own key");
        }
    }

    @Test
    void givenIncidentsRecordedBeforeTheKeyWasMade_whenAPostIsReportedAgain_thenItsLegacyIdIsLookedFor() {
        try (TestStore store = TestStore.start(dataDir)) {
            MongoDatabase database = store.database("incident-service");
            database.getCollection(StoredEventLog.COLLECTION).insertOne(new Document("type", "Incident")
                .append("aggregateIdentifier", LEGACY_ID).append("sequenceNumber", 0L)
                .append("timeStamp", "2025-01-01T00:00:00Z"));

            assertEquals(LEGACY_ID, idsOn(database, eventStoreHolding(LEGACY_ID)).forPost("acme", POST));
        }
    }

    @Test
    void givenNoIncidentWhenTheKeyWasMade_whenAPostIsReported_thenNoLegacyIdIsLookedFor() {
        try (TestStore store = TestStore.start(dataDir)) {
            MongoDatabase database = store.database("incident-service");
            IncidentIds keyed = idsOn(database, eventStore());

            assertEquals(keyed.of("acme", POST), idsOn(database, eventStoreHolding(LEGACY_ID)).forPost("acme", POST),
                "no incident can have been opened under a legacy id since the key was made");
        }
    }

    private static IncidentIds idsOn(MongoDatabase database, EventStore events) {
        return new IncidentIdsFactory().incidentIds(database, new StoredEventLog(database), events);
    }

    private static EventStore eventStore() {
        return EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    }

    private static EventStore eventStoreHolding(String incidentId) {
        EventStore events = eventStore();
        events.publish(new GenericDomainEventMessage<>("Incident", incidentId, 0, "an incident"));
        return events;
    }
}
