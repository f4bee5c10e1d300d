package org.socialgov.console.config;

import java.net.URI;
import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;

/** What the console needs to know: where the gateway is, where sessions are kept and how long they live. */
@ConfigurationProperties("socialgov.console")
public class ConsoleSettings {

    private URI gatewayUrl;
    private String mongodbUri;
    private String database = "console";
    private Duration sessionLifetime = Duration.ofHours(8);

    public URI getGatewayUrl() {
        return gatewayUrl;
    }

    public void setGatewayUrl(URI gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    public String getMongodbUri() {
        return mongodbUri;
    }

    public void setMongodbUri(String mongodbUri) {
        this.mongodbUri = mongodbUri;
    }

    public String getDatabase() {
        return database;
    }

    public void setDatabase(String database) {
        this.database = database;
    }

    public Duration getSessionLifetime() {
        return sessionLifetime;
    }

    public void setSessionLifetime(Duration sessionLifetime) {
        this.sessionLifetime = sessionLifetime;
    }
}
