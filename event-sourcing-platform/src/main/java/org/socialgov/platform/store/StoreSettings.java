package org.socialgov.platform.store;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Where a service keeps its events. {@code uri} (env {@code MONGODB_URI}) points at a real MongoDB; when it is
 * empty the service starts the embedded stand-in with its file under {@code dataDir}.
 *
 * <p>The timeouts bound how long a request waits for an unreachable store before it answers 503. The driver's own
 * defaults (30 s to find a server, no limit on a read) would hold every request, and the caller, for that long.
 * Options given in the URI ({@code serverSelectionTimeoutMS}, {@code connectTimeoutMS}, {@code socketTimeoutMS})
 * win over these.
 */
@ConfigurationProperties("socialgov.store")
public class StoreSettings {

    private String uri;
    private String database;
    private String dataDir = "./data";
    private int embeddedPort = 0;
    /** How long an operation waits for a reachable store before it fails. */
    private Duration serverSelectionTimeout = Duration.ofSeconds(2);
    /** How long opening a connection to the store may take. */
    private Duration connectTimeout = Duration.ofSeconds(2);
    /**
     * How long one answer from the store may take once asked: long enough for the slowest legitimate query (a page of
     * a large export), short enough that a store that stopped answering frees the request.
     */
    private Duration readTimeout = Duration.ofSeconds(15);

    public String getUri() {
        return uri;
    }

    public void setUri(String uri) {
        this.uri = uri;
    }

    public String getDatabase() {
        return database;
    }

    public void setDatabase(String database) {
        this.database = database;
    }

    public String getDataDir() {
        return dataDir;
    }

    public void setDataDir(String dataDir) {
        this.dataDir = dataDir;
    }

    public int getEmbeddedPort() {
        return embeddedPort;
    }

    public void setEmbeddedPort(int embeddedPort) {
        this.embeddedPort = embeddedPort;
    }

    public Duration getServerSelectionTimeout() {
        return serverSelectionTimeout;
    }

    public void setServerSelectionTimeout(Duration serverSelectionTimeout) {
        this.serverSelectionTimeout = serverSelectionTimeout;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    public boolean usesEmbeddedStore() {
        return uri == null || uri.isBlank();
    }
}
