package org.socialgov.gateway.store;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The gateway's own MongoDB connection, for the client registry only (the services keep their data in their own
 * databases). Created only when a URI is configured.
 */
@Factory
@Requires(property = MachineClientsFeature.MONGODB_URI, pattern = MachineClientsFeature.ON)
public class GatewayStoreFactory {

    static final Duration SERVER_SELECTION_TIMEOUT = Duration.ofSeconds(5);

    @Singleton
    @Bean(preDestroy = "close")
    public MongoClient gatewayMongoClient(@Value("${" + MachineClientsFeature.MONGODB_URI + "}") String uri) {
        ConnectionString connection = new ConnectionString(uri.strip());
        MongoClientSettings.Builder settings = MongoClientSettings.builder().applyConnectionString(connection)
            // Majority/journaled acknowledgement, as the services do: a secret the API has shown, or a revocation it
            // has confirmed, must survive a crash of the database node.
            .writeConcern(connection.getWriteConcern() != null ? connection.getWriteConcern()
                : WriteConcern.MAJORITY.withJournal(true));
        if (connection.getServerSelectionTimeout() == null) {
            // The registry is read on the request path (client tokens are checked on every request): with MongoDB
            // gone, answer 503 after a few seconds rather than hold the caller for the driver's default 30.
            settings.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                SERVER_SELECTION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        }
        return MongoClients.create(settings.build());
    }

    @Singleton
    public GatewayCollections gatewayCollections(MongoClient client,
                                                 @Value("${" + MachineClientsFeature.DATABASE + ":gateway}")
                                                 String database) {
        return new GatewayCollections(client.getDatabase(database));
    }
}
