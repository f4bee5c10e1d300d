package org.socialgov.gateway;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * One in-process MongoDB stand-in for the whole test run (mongo-java-server on H2 in memory, as the suite's
 * embedded store, without the file), reached through the real driver. Each test class uses its own database.
 */
public final class TestMongo {

    private static final MongoServer SERVER = start();
    private static final String URI = "mongodb://" + SERVER.getLocalAddress().getHostString() + ":"
        + SERVER.getLocalAddress().getPort();
    private static final MongoClient CLIENT = MongoClients.create(URI);

    private TestMongo() {
    }

    public static String uri() {
        return URI;
    }

    /** A client of the tests' own, to look at what the gateway stored. */
    public static MongoClient client() {
        return CLIENT;
    }

    private static MongoServer start() {
        MongoServer server = new MongoServer(H2Backend.inMemory());
        server.bind("127.0.0.1", 0);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "test-mongo-shutdown"));
        return server;
    }
}
