package org.socialgov.gateway.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

/**
 * The registry's two collections: {@code clients}, one document per machine client, and {@code client_changes},
 * the append-only log of every change of access. Indexes are made on first use rather than at startup, so that the
 * gateway starts (and routes) while MongoDB is still coming up.
 */
public class GatewayCollections {

    public static final String CLIENTS = "clients";
    public static final String CHANGES = "client_changes";

    private final MongoDatabase database;
    private volatile boolean indexed;

    GatewayCollections(MongoDatabase database) {
        this.database = database;
    }

    public MongoCollection<Document> clients() {
        ensureIndexes();
        return database.getCollection(CLIENTS);
    }

    public MongoCollection<Document> changes() {
        ensureIndexes();
        return database.getCollection(CHANGES);
    }

    public String databaseName() {
        return database.getName();
    }

    private void ensureIndexes() {
        if (indexed) {
            return;
        }
        synchronized (this) {
            if (!indexed) {
                database.getCollection(CLIENTS).createIndex(Indexes.ascending("clientId"),
                    new IndexOptions().unique(true).name("clientId_unique"));
                database.getCollection(CLIENTS).createIndex(Indexes.ascending("tenant", "createdAt"));
                database.getCollection(CHANGES).createIndex(Indexes.ascending("tenant", "at"));
                database.getCollection(CHANGES).createIndex(Indexes.ascending("clientId", "at"));
                indexed = true;
            }
        }
    }
}
