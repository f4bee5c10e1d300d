package org.socialgov.platform.upstream;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.platform.audit.StoredEventLog;
import org.socialgov.platform.axon.AxonSerializerFactory;
import org.socialgov.platform.axon.EventStoreSettings;
import org.socialgov.platform.eventstore.PositionedEventStorageEngine;

/**
 * The other services' event collections as sources of tracking processors. Each is read by position through the
 * same storage engine as the service's own events, built read-only, so tokens, gaps, replay and resumption after a
 * restart work as for the service's own events; nothing is ever appended, numbered or indexed through them (the
 * owner numbers its store when it starts on this version; until then, nothing is read from it). Event classes of other services are not on this
 * service's classpath: their payloads arrive as {@link org.axonframework.serialization.UnknownSerializedType}, read
 * as JSON by the handlers, which consume only the published event types they name.
 */
@Singleton
public class UpstreamEventSources {

    private static final Logger LOG = LoggerFactory.getLogger(UpstreamEventSources.class);

    private final Map<String, Source> sources = new LinkedHashMap<>();

    public UpstreamEventSources(List<UpstreamFeed> feeds, MongoClient client, Serializer serializer,
                                @Named(AxonSerializerFactory.SNAPSHOTS) Serializer snapshotSerializer,
                                EventStoreSettings settings) {
        for (UpstreamFeed feed : feeds) {
            PositionedEventStorageEngine engine = PositionedEventStorageEngine.builder()
                .database(client.getDatabase(feed.database()))
                .eventSerializer(serializer)
                .snapshotSerializer(snapshotSerializer)
                .gaps(settings.getGapTimeout(), settings.getMaxGaps())
                // No notification crosses processes: the other store is polled, backing off while nothing is new.
                .pollIntervals(settings.getShortestPollInterval(), settings.getLongestPollInterval())
                .readOnly()
                .build();
            EmbeddedEventStore store = EmbeddedEventStore.builder()
                .storageEngine(engine)
                .fetchDelay(settings.getShortestPollInterval().toMillis())
                .build();
            sources.put(feed.processingGroup(), new Source(feed, engine, store,
                client.getDatabase(feed.database()).getCollection(StoredEventLog.COLLECTION)));
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

    /** The stream position of the newest event recorded upstream right now. */
    public Optional<Long> newestPosition(String processingGroup) {
        return requireSource(processingGroup).engine().newestPosition();
    }

    /** Makes the group's processor look for new events upstream at once, rather than after its idle back-off. */
    void pollSoon(String processingGroup) {
        requireSource(processingGroup).engine().pollSoon();
    }

    /** The engine reading each upstream store, by the processing group that follows it. */
    public Map<String, PositionedEventStorageEngine> engines() {
        Map<String, PositionedEventStorageEngine> engines = new LinkedHashMap<>();
        sources.forEach((group, source) -> engines.put(group, source.engine()));
        return engines;
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

    private record Source(UpstreamFeed feed, PositionedEventStorageEngine engine, EmbeddedEventStore store,
                          MongoCollection<Document> events) {
    }
}
