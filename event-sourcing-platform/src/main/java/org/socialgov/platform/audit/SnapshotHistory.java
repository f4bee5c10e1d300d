package org.socialgov.platform.audit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.platform.axon.AxonSerializerFactory;
import org.socialgov.platform.axon.PointInHistory;

/**
 * Every snapshot ever taken, kept by the sequence number and time of the event it was taken after. Axon keeps only
 * each aggregate's latest snapshot, which helps the present but not the past: an as-of read starts from the snapshot
 * nearest before the point asked for and replays at most one snapshot interval of events.
 */
@Singleton
public class SnapshotHistory {

    static final String COLLECTION = "snapshot_history";
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotHistory.class);
    private static final String AGGREGATE_ID = "aggregateId";
    private static final String SEQUENCE = "sequenceNumber";
    private static final String LAST_EVENT_AT = "lastEventAt";

    private final MongoCollection<Document> snapshots;
    private final Serializer serializer;

    public SnapshotHistory(MongoDatabase database, @Named(AxonSerializerFactory.SNAPSHOTS) Serializer serializer) {
        this.snapshots = database.getCollection(COLLECTION);
        this.serializer = serializer;
        snapshots.createIndex(Indexes.ascending(AGGREGATE_ID, SEQUENCE), new IndexOptions().unique(true));
    }

    void keep(DomainEventMessage<?> snapshot, Instant lastEventAt) {
        SerializedObject<String> state = serializer.serialize(snapshot.getPayload(), String.class);
        Document document = new Document(AGGREGATE_ID, snapshot.getAggregateIdentifier())
            .append(SEQUENCE, snapshot.getSequenceNumber())
            .append(LAST_EVENT_AT, millisecondAtOrAfter(lastEventAt))
            .append("aggregateType", snapshot.getType())
            .append("stateType", state.getType().getName())
            .append("stateRevision", state.getType().getRevision())
            .append("state", state.getData());
        snapshots.replaceOne(and(eq(AGGREGATE_ID, snapshot.getAggregateIdentifier()),
            eq(SEQUENCE, snapshot.getSequenceNumber())), document, new ReplaceOptions().upsert(true));
    }

    /** Rounded up: a snapshot must never count as taken before an event that it includes. */
    private static Date millisecondAtOrAfter(Instant instant) {
        Instant truncated = instant.truncatedTo(ChronoUnit.MILLIS);
        return Date.from(truncated.equals(instant) ? instant : truncated.plusMillis(1));
    }

    /** The latest snapshot taken at or before the point, as the snapshot event Axon's aggregates start from. */
    public Optional<DomainEventMessage<?>> nearestBefore(String aggregateId, PointInHistory point) {
        Bson upTo = point.version() != null ? lte(SEQUENCE, point.version())
            : lte(LAST_EVENT_AT, Date.from(point.instant()));
        Document found = snapshots.find(and(eq(AGGREGATE_ID, aggregateId), upTo))
            .sort(Sorts.descending(SEQUENCE)).limit(1).first();
        if (found == null) {
            return Optional.empty();
        }
        Object state;
        try {
            state = serializer.deserialize(new SimpleSerializedObject<>(found.getString("state"), String.class,
                found.getString("stateType"), found.getString("stateRevision")));
        } catch (RuntimeException e) {
            // The aggregate's fields changed since: replaying from the first event gives the same answer, slower.
            LOG.warn("Snapshot of '{}' at event {} no longer reads ({}); replaying from the first event",
                aggregateId, found.get(SEQUENCE), e.getMessage());
            return Optional.empty();
        }
        return Optional.of(new GenericDomainEventMessage<>(found.getString("aggregateType"), aggregateId,
            ((Number) found.get(SEQUENCE)).longValue(), state));
    }
}
