package org.socialgov.platform.store;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Where a service keeps its events. {@code uri} (env {@code MONGODB_URI}) points at a real MongoDB; when it is
 * empty the service starts the embedded stand-in with its file under {@code dataDir}.
 */
@ConfigurationProperties("socialgov.store")
public class StoreSettings {

    private String uri;
    private String database;
    private String dataDir = "./data";
    private int embeddedPort = 0;

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

    public boolean usesEmbeddedStore() {
        return uri == null || uri.isBlank();
    }
}
