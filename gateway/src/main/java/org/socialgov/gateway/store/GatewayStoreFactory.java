package org.socialgov.gateway.store;

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

    @Singleton
    @Bean(preDestroy = "close")
    public MongoClient gatewayMongoClient(@Value("${" + MachineClientsFeature.MONGODB_URI + "}") String uri) {
        ConnectionString connection = new ConnectionString(uri.strip());
        // Majority/journaled acknowledgement, as the services do: a secret the API has shown, or a revocation it has
        // confirmed, must survive a crash of the database node.
        return MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(connection)
            .writeConcern(connection.getWriteConcern() != null ? connection.getWriteConcern()
                : WriteConcern.MAJORITY.withJournal(true))
            .build());
    }

    @Singleton
    public GatewayCollections gatewayCollections(MongoClient client,
                                                 @Value("${" + MachineClientsFeature.DATABASE + ":gateway}")
                                                 String database) {
        return new GatewayCollections(client.getDatabase(database));
    }
}
