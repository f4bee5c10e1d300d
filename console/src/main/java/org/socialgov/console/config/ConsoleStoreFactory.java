package org.socialgov.console.config;

import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * The console's connection to the suite's MongoDB, with the settings the services' store client uses
 * (event-sourcing-platform's MongoStoreFactory, which the console cannot depend on without starting Axon): short
 * timeouts so a page answers "unavailable" quickly rather than hanging, majority/journaled writes, URI options win.
 */
@Factory
public class ConsoleStoreFactory {

    private static final long SERVER_SELECTION_MILLIS = 2_000;
    private static final int CONNECT_MILLIS = 2_000;
    private static final int READ_MILLIS = 15_000;

    @Singleton
    @Bean(preDestroy = "close")
    public MongoClient consoleMongoClient(ConsoleSettings settings) {
        ConnectionString connection = new ConnectionString(settings.getMongodbUri().strip());
        return MongoClients.create(MongoClientSettings.builder()
            .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(SERVER_SELECTION_MILLIS,
                TimeUnit.MILLISECONDS))
            .applyToConnectionPoolSettings(pool -> pool.maxWaitTime(SERVER_SELECTION_MILLIS, TimeUnit.MILLISECONDS))
            .applyToSocketSettings(socket -> socket.connectTimeout(CONNECT_MILLIS, TimeUnit.MILLISECONDS)
                .readTimeout(READ_MILLIS, TimeUnit.MILLISECONDS))
            .applyConnectionString(connection)
            .writeConcern(connection.getWriteConcern() != null ? connection.getWriteConcern()
                : WriteConcern.MAJORITY.withJournal(true))
            .build());
    }

    @Singleton
    public MongoDatabase consoleDatabase(MongoClient client, ConsoleSettings settings) {
        return client.getDatabase(settings.getDatabase());
    }
}
