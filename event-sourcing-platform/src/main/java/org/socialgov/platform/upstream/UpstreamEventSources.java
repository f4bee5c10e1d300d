package org.socialgov.platform.upstream;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.platform.audit.StoredEventLog;
import org.socialgov.platform.axon.AxonSerializerFactory;
import org.socialgov.platform.axon.EventStoreSettings;

/**
 * The other services' event collections as sources of tracking processors. Each is read through Axon's own Mongo
 * storage engine, so tokens, look-back for late commits, replay and resumption after a restart work as for the
 * service's own events; nothing is ever appended through them. Event classes of other services are not on this
 * service's classpath: their payloads arrive as {@link org.axonframework.serialization.UnknownSerializedType}, read
 * as JSON by the handlers, which consume only the published event types they name.
 */
@Singleton
public class UpstreamEventSources {

    private static final Logger LOG = LoggerFactory.getLogger(UpstreamEventSources.class);
    /** No notification crosses processes, so the other store is polled; this bounds how far behind it is seen. */
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final Map<String, Source> sources = new LinkedHashMap<>();

    public UpstreamEventSources(List<UpstreamFeed> feeds, MongoClient client, Serializer serializer,
                                @Named(AxonSerializerFactory.SNAPSHOTS) Serializer snapshotSerializer,
                                EventStoreSettings settings) {
        for (UpstreamFeed feed : feeds) {
            MongoTemplate template = DefaultMongoTemplate.builder()
                .mongoDatabase(client, feed.database())
                .domainEventsCollectionName(StoredEventLog.COLLECTION)
                .build();
            EmbeddedEventStore store = EmbeddedEventStore.builder()
                .storageEngine(MongoEventStorageEngine.builder()
                    .mongoTemplate(template)
                    .eventSerializer(serializer)
                    .snapshotSerializer(snapshotSerializer)
                    .storageStrategy(new DocumentPerEventStorageStrategy(
                        EventEntryConfiguration.getDefault(), settings.getLookBack()))
                    .build())
                .fetchDelay(POLL_INTERVAL.toMillis())
                .build();
            sources.put(feed.processingGroup(), new Source(feed, store, template.eventCollection()));
        }
    }

    /** Gives each upstream processing group its processor, reading the other service's events. */
    public void registerWith(EventProcessingConfigurer processing) {
        sources.values().forEach(source -> {
            processing.registerTrackingEventProcessor(source.feed().processingGroup(), c -> source.store());
            LOG.info("Following {}'s events (database '{}') into the read models of '{}'", source.feed().owner(),
                source.feed().database(), source.feed().processingGroup());
        });
    }

    public Optional<UpstreamFeed> feed(String processingGroup) {
        return Optional.ofNullable(sources.get(processingGroup)).map(Source::feed);
    }

    /** The newest event recorded upstream right now, as a token a processor covers once it has handled it. */
    Optional<MongoTrackingToken> newestEvent(String processingGroup) {
        EventEntryConfiguration fields = EventEntryConfiguration.getDefault();
        Document newest = requireSource(processingGroup).events().find()
            .sort(Sorts.descending(fields.timestampProperty())).limit(1).first();
        return Optional.ofNullable(newest).map(event -> MongoTrackingToken.of(
            Instant.parse(event.getString(fields.timestampProperty())),
            event.getString(fields.eventIdentifierProperty())));
    }

    /** How many events the other service has recorded: what a rebuild of this group replays. */
    public long recordedEvents(String processingGroup) {
        return requireSource(processingGroup).events().countDocuments();
    }

    private Source requireSource(String processingGroup) {
        Source source = sources.get(processingGroup);
        if (source == null) {
            throw new IllegalArgumentException("No upstream feed for processing group " + processingGroup);
        }
        return source;
    }

    @PreDestroy
    void close() {
        sources.values().forEach(source -> source.store().shutDown());
    }

    private record Source(UpstreamFeed feed, EmbeddedEventStore store, MongoCollection<Document> events) {
    }
}
