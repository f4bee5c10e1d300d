package org.socialgov.testsupport;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.socialgov.platform.store.EmbeddedMongoStore;

/**
 * An embedded store of its own, reached through the real MongoDB driver, for a test that works on a read model
 * directly (a projection's handlers called by hand) rather than through a running service.
 */
public final class TestStore implements AutoCloseable {

    private final EmbeddedMongoStore store;
    private final MongoClient client;

    private TestStore(EmbeddedMongoStore store) {
        this.store = store;
        this.client = MongoClients.create(store.connectionString());
    }

    public static TestStore start(Path dataDir) {
        return new TestStore(EmbeddedMongoStore.start(dataDir.resolve("store.mv"), 0));
    }

    public MongoDatabase database(String name) {
        return client.getDatabase(name);
    }

    @Override
    public void close() {
        client.close();
        store.close();
    }
}
