package org.socialgov.platform.audit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Projections.include;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import jakarta.inject.Singleton;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.socialgov.platform.eventstore.EventDocuments;

/**
 * The event collection read directly, bypassing Axon: auditors must see what is stored, including what was changed
 * behind the application's back, and exports must stream without holding events in memory.
 */
@Singleton
public class StoredEventLog {

    /** Where Axon keeps the events (its default name, set explicitly when the event store is built). */
    public static final String COLLECTION = "domainevents";
    private static final EventEntryConfiguration FIELDS = EventEntryConfiguration.getDefault();
    private static final int BATCH = 500;

    private final MongoCollection<Document> events;

    public StoredEventLog(MongoDatabase database) {
        this.events = database.getCollection(COLLECTION);
    }

    /** Every stored event of one aggregate, in sequence order. */
    public List<StoredEvent> ofAggregate(String aggregateId) {
        return ofAggregate(aggregateId, -1, Integer.MAX_VALUE);
    }

    /** Up to {@code limit} events of one aggregate after the given sequence number, in sequence order. */
    public List<StoredEvent> ofAggregate(String aggregateId, long after, int limit) {
        List<StoredEvent> found = new ArrayList<>();
        if (limit <= 0) {
            return found;
        }
        events.find(and(eq(FIELDS.aggregateIdentifierProperty(), aggregateId),
                gt(FIELDS.sequenceNumberProperty(), after)))
            .sort(Sorts.ascending(FIELDS.sequenceNumberProperty()))
            .limit(limit)
            .batchSize(Math.min(limit, BATCH))
            .forEach(document -> found.add(StoredEvent.from(document)));
        return found;
    }

    /**
     * The first sequence number below {@code end} that has no event of the aggregate, if any. The events are looked
     * up by their stream keys, a chunk at a time: a unique single field, which even the embedded store serves from
     * its index, so the check costs the same whatever the size of the store.
     */
    public OptionalLong firstMissingBefore(String aggregateId, long end) {
        for (long chunkStart = 0; chunkStart < end; chunkStart += BATCH) {
            long chunkEnd = Math.min(end, chunkStart + BATCH);
            List<String> keys = new ArrayList<>();
            for (long sequence = chunkStart; sequence < chunkEnd; sequence++) {
                keys.add(EventDocuments.streamKey(aggregateId, sequence));
            }
            Set<Long> present = new HashSet<>();
            events.find(in(EventDocuments.STREAM_KEY, keys)).projection(include(FIELDS.sequenceNumberProperty()))
                .forEach(document -> present.add(((Number) document.get(FIELDS.sequenceNumberProperty())).longValue()));
            if (present.size() < keys.size()) {
                for (long sequence = chunkStart; sequence < chunkEnd; sequence++) {
                    if (!present.contains(sequence)) {
                        return OptionalLong.of(sequence);
                    }
                }
            }
        }
        return OptionalLong.empty();
    }

    /** Every stored event, aggregate by aggregate and each in sequence order (the store's unique index order). */
    public void forEachByAggregate(Consumer<StoredEvent> action) {
        events.find()
            .sort(Sorts.ascending(FIELDS.aggregateIdentifierProperty(), FIELDS.sequenceNumberProperty()))
            .batchSize(BATCH)
            .forEach(document -> action.accept(StoredEvent.from(document)));
    }

    /** A cursor over the events recorded in [from, to), oldest first, optionally of one aggregate type only. */
    public MongoCursor<Document> recordedBetween(Instant from, Instant to, String aggregateType) {
        List<Bson> filters = new ArrayList<>();
        if (from != null) {
            filters.add(gte(FIELDS.timestampProperty(), DateTimeUtils.formatInstant(from)));
        }
        if (to != null) {
            filters.add(lt(FIELDS.timestampProperty(), DateTimeUtils.formatInstant(to)));
        }
        if (aggregateType != null) {
            filters.add(eq(FIELDS.typeProperty(), aggregateType));
        }
        Bson filter = filters.isEmpty() ? new Document() : and(filters);
        return events.find(filter)
            .sort(Sorts.ascending(FIELDS.timestampProperty(), FIELDS.sequenceNumberProperty()))
            .batchSize(BATCH)
            .iterator();
    }
}
