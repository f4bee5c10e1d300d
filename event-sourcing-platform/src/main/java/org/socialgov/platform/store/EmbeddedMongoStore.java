package org.socialgov.platform.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MongoDB stand-in used when no real MongoDB is configured: mongo-java-server speaking the wire protocol,
 * keeping its data in one H2 file so that it survives restarts. Clients reach it with the ordinary driver.
 */
public final class EmbeddedMongoStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongoStore.class);

    private final MongoServer server;
    private final InetSocketAddress address;
    private final Path dataFile;

    private EmbeddedMongoStore(MongoServer server, InetSocketAddress address, Path dataFile) {
        this.server = server;
        this.address = address;
        this.dataFile = dataFile;
    }

    /** Starts a store kept in {@code dataFile}, listening on loopback; port 0 picks a free port. */
    public static EmbeddedMongoStore start(Path dataFile, int port) {
        try {
            Path parent = dataFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory for " + dataFile, e);
        }
        MongoServer server = new MongoServer(new DurableH2Backend(dataFile.toAbsolutePath().toString()));
        try {
            server.bind("127.0.0.1", port);
        } catch (RuntimeException e) {
            // Release the data file, or the next attempt finds it locked.
            server.shutdown();
            throw new IllegalStateException("The embedded store cannot listen on port " + port
                + " (is another suite running?)", e);
        }
        InetSocketAddress address = server.getLocalAddress();
        LOG.info("Embedded MongoDB stand-in listening on {}:{}, data kept in {}",
            address.getHostString(), address.getPort(), dataFile.toAbsolutePath());
        return new EmbeddedMongoStore(server, address, dataFile);
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    public int port() {
        return address.getPort();
    }

    /**
     * Stops listening, drops every client connection, then stops. A plain {@code shutdown()} leaves the connections to
     * the event loops' own shutdown, and a request in flight at that moment was seen waiting for the whole outage.
     */
    @Override
    public void close() {
        server.shutdownNow();
        LOG.info("Embedded MongoDB stand-in stopped; data saved in {}", dataFile.toAbsolutePath());
    }
}
