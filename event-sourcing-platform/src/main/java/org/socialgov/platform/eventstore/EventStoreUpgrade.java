package org.socialgov.platform.eventstore;

import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * What a store written by the timestamp-based engine needs once, before this service appends or tracks anything:
 * its events numbered ({@link ExistingEventNumbering}), then its processors' tokens converted
 * ({@link LegacyTokenConversion}). Both are no-ops on a store that needs neither, so this runs at every start.
 */
public final class EventStoreUpgrade {

    private EventStoreUpgrade() {
    }

    /** @param upstream the engines reading other services' stores, by the processor that follows each */
    public static void run(MongoDatabase database, String eventCollection, String snapshotCollection,
                           MongoCollection<Document> tokens, Serializer serializer,
                           Map<String, PositionedEventStorageEngine> upstream) {
        new ExistingEventNumbering(database, eventCollection, snapshotCollection).numberIfNeeded();
        Optional<MongoCollection<Document>> ownEvents = Optional.of(database.getCollection(eventCollection));
        new LegacyTokenConversion(tokens, serializer, processor -> upstream.containsKey(processor)
            ? upstream.get(processor).numberedEvents() : ownEvents).convertAll();
    }
}
