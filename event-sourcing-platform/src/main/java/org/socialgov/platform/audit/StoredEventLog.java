package org.socialgov.platform.audit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Projections.include;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
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
     * The first sequence number below {@code end} that has no event of the aggregate, if any. A count decides, so an
     * intact record costs one range count (on the unique index of a real MongoDB); only a broken one is scanned.
     */
    public OptionalLong firstMissingBefore(String aggregateId, long end) {
        Bson below = and(eq(FIELDS.aggregateIdentifierProperty(), aggregateId),
            lt(FIELDS.sequenceNumberProperty(), end));
        if (events.countDocuments(below) >= end) {
            return OptionalLong.empty();
        }
        long expected = 0;
        for (Document document : events.find(below).projection(include(FIELDS.sequenceNumberProperty()))
            .sort(Sorts.ascending(FIELDS.sequenceNumberProperty())).batchSize(BATCH)) {
            if (((Number) document.get(FIELDS.sequenceNumberProperty())).longValue() != expected) {
                break;
            }
            expected++;
        }
        return OptionalLong.of(expected);
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
