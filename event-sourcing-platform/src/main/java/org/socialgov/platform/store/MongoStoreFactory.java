package org.socialgov.platform.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that decides where the data lives. Both paths end in the same driver client: only the URI differs.
 */
@Factory
public class MongoStoreFactory {

    private static final Logger LOG = LoggerFactory.getLogger(MongoStoreFactory.class);

    @Singleton
    @Bean(preDestroy = "close")
    public EmbeddedStoreHolder embeddedStore(StoreSettings settings) {
        if (!settings.usesEmbeddedStore()) {
            return new EmbeddedStoreHolder(Optional.empty());
        }
        Path file = Path.of(settings.getDataDir(), settings.getDatabase() + ".mv");
        return new EmbeddedStoreHolder(Optional.of(EmbeddedMongoStore.start(file, settings.getEmbeddedPort())));
    }

    @Singleton
    @Bean(preDestroy = "close")
    public MongoClient mongoClient(StoreSettings settings, EmbeddedStoreHolder embedded,
                                   List<CommandListener> commandListeners) {
        String uri = embedded.store().map(EmbeddedMongoStore::connectionString).orElse(settings.getUri());
        ConnectionString connection = new ConnectionString(uri);
        LOG.info("Keeping events in MongoDB database '{}' at {}", settings.getDatabase(), connection.getHosts());
        // Majority/journaled acknowledgement: a write the API confirmed must survive a crash of the database node.
        return MongoClients.create(MongoClientSettings.builder()
            .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                settings.getServerSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
            // A request waiting for a pooled connection waits no longer than one waiting for the store itself (the
            // driver's default is two minutes).
            .applyToConnectionPoolSettings(pool -> pool.maxWaitTime(
                settings.getServerSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
            .applyToSocketSettings(socket -> socket
                .connectTimeout(Math.toIntExact(settings.getConnectTimeout().toMillis()), TimeUnit.MILLISECONDS)
                .readTimeout(Math.toIntExact(settings.getReadTimeout().toMillis()), TimeUnit.MILLISECONDS))
            // After the settings above, so that timeouts given in the URI win.
            .applyConnectionString(connection)
            .writeConcern(connection.getWriteConcern() != null ? connection.getWriteConcern()
                : WriteConcern.MAJORITY.withJournal(true))
            // Observers of the commands sent, where a deployment or a test registers any.
            .commandListenerList(commandListeners)
            .build());
    }

    @Singleton
    public MongoDatabase serviceDatabase(MongoClient client, StoreSettings settings) {
        return client.getDatabase(settings.getDatabase());
    }

    /** Keeps the optional embedded store as a bean so that it is closed after the client. */
    public record EmbeddedStoreHolder(Optional<EmbeddedMongoStore> store) implements AutoCloseable {
        @Override
        public void close() {
            store.ifPresent(EmbeddedMongoStore::close);
        }
    }
}
