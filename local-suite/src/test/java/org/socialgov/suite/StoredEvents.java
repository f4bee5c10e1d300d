package org.socialgov.suite;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * Tampering as someone with access to the store would: an event's stored payload edited in place, behind the
 * service's back, through the store's connection string. What the integrity checks must then find.
 */
public final class StoredEvents {

    private StoredEvents() {
    }

    /** Replaces {@code from} by {@code to} in the stored payload of the aggregate's event at this sequence number. */
    public static void editPayload(RunningSuite running, String database, String aggregateId, long sequenceNumber,
                                   String from, String to) {
        try (MongoClient client = MongoClients.create(running.suite.storeConnectionString())) {
            MongoCollection<Document> stored = client.getDatabase(database).getCollection("domainevents");
            Document event = stored.find(and(eq("aggregateIdentifier", aggregateId),
                eq("sequenceNumber", sequenceNumber))).first();
            if (event == null || !event.getString("serializedPayload").contains(from)) {
                throw new IllegalStateException("No stored event " + aggregateId + "#" + sequenceNumber
                    + " whose payload holds " + from + ": " + event);
            }
            stored.updateOne(and(eq("aggregateIdentifier", aggregateId), eq("sequenceNumber", sequenceNumber)),
                set("serializedPayload", event.getString("serializedPayload").replace(from, to)));
        }
    }
}
