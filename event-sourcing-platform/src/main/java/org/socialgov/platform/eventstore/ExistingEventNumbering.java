package org.socialgov.platform.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.type;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import org.axonframework.common.DateTimeUtils;
import org.bson.BsonType;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Numbers, once, the events a store held before it had positions, in the order the previous store delivered them
 * (timestamp, then sequence number), and gives them their stream keys. Within one aggregate the positions always
 * follow the sequence numbers, even where clocks of two writers disagreed, so that a projection sees every aggregate
 * in order.
 * <p>
 * The numbering is a function of the old events alone (the n-th old event in that order gets position n), so it can
 * be resumed after a crash, or run by two instances at once, and never numbers an event twice or two events alike;
 * events appended since (they carry {@code appendedAt}) are numbered by their appends, above the old ones. Writes go
 * in batches, with progress in the log. Snapshots in the previous format are dropped: they are a cache, and the next
 * load of each aggregate takes a new one.
 */
final class ExistingEventNumbering {

    private static final Logger LOG = LoggerFactory.getLogger(ExistingEventNumbering.class);
    private static final int WRITE_BATCH = 1000;
    private static final Duration LOG_INTERVAL = Duration.ofSeconds(5);

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> snapshots;
    private final EventPositions positions;

    ExistingEventNumbering(MongoDatabase database, String eventCollection, String snapshotCollection) {
        this.events = database.getCollection(eventCollection);
        this.snapshots = database.getCollection(snapshotCollection);
        this.positions = new EventPositions(database);
    }

    /** Numbers the old events unless that was done already; returns how many it numbered now. */
    long numberIfNeeded() {
        if (positions.existingEventsNumbered()) {
            return 0;
        }
        snapshots.deleteMany(type("_id", BsonType.OBJECT_ID));
        List<OldEvent> old = readOldEvents();
        long[] numbers = positionsInStreamOrder(old);
        List<WriteModel<Document>> batch = new ArrayList<>();
        long toNumber = old.stream().filter(event -> event.position() == null).count();
        long numbered = 0;
        Instant nextLine = Instant.now().plus(LOG_INTERVAL);
        if (toNumber > 0) {
            LOG.info("Numbering the {} events stored before stream positions existed ({} stored in all)",
                count(toNumber), count(old.size()));
        }
        for (int i = 0; i < old.size(); i++) {
            OldEvent event = old.get(i);
            if (event.position() != null) {
                if (event.position() != numbers[i]) {
                    throw new IllegalStateException("Event " + event.id() + " holds position " + event.position()
                        + " where the numbering of existing events gives " + numbers[i] + ": the event collection"
                        + " was numbered by something else; refusing to renumber it");
                }
                continue;
            }
            batch.add(new UpdateOneModel<>(eq("_id", event.id()), new Document("$set",
                new Document(EventDocuments.POSITION, numbers[i]).append(EventDocuments.STREAM_KEY,
                    EventDocuments.streamKey(event.aggregateId(), event.sequenceNumber())))));
            if (batch.size() == WRITE_BATCH) {
                numbered += write(batch);
                if (Instant.now().isAfter(nextLine)) {
                    LOG.info("Numbered {} of {} events", count(numbered), count(toNumber));
                    nextLine = Instant.now().plus(LOG_INTERVAL);
                }
            }
        }
        numbered += write(batch);
        positions.raiseTo(old.size());
        positions.markExistingEventsNumbered();
        if (toNumber > 0) {
            LOG.info("Numbered {} of {} events: the stream is ready", count(numbered), count(toNumber));
        }
        return numbered;
    }

    private List<OldEvent> readOldEvents() {
        List<OldEvent> old = new ArrayList<>();
        events.find().projection(Projections.include(EventDocuments.FIELDS.aggregateIdentifierProperty(),
                EventDocuments.FIELDS.sequenceNumberProperty(), EventDocuments.FIELDS.timestampProperty(),
                EventDocuments.POSITION, EventDocuments.APPENDED_AT))
            .forEach(document -> {
                if (document.get(EventDocuments.APPENDED_AT) == null) {
                    Number position = document.get(EventDocuments.POSITION, Number.class);
                    old.add(new OldEvent(document.get("_id"),
                        document.getString(EventDocuments.FIELDS.aggregateIdentifierProperty()),
                        document.get(EventDocuments.FIELDS.sequenceNumberProperty(), Number.class).longValue(),
                        DateTimeUtils.parseInstant(document.getString(EventDocuments.FIELDS.timestampProperty())),
                        position == null ? null : position.longValue()));
                }
            });
        return old;
    }

    /**
     * Ranks in the previous store's delivery order; then each aggregate's ranks are handed to its events in sequence
     * order. Sorts {@code old} itself, so that the result is read by index against it.
     */
    private static long[] positionsInStreamOrder(List<OldEvent> old) {
        old.sort(Comparator.comparing(OldEvent::timestamp).thenComparingLong(OldEvent::sequenceNumber)
            .thenComparing(OldEvent::aggregateId));
        Map<String, List<Integer>> byAggregate = new HashMap<>();
        for (int rank = 0; rank < old.size(); rank++) {
            byAggregate.computeIfAbsent(old.get(rank).aggregateId(), id -> new ArrayList<>()).add(rank);
        }
        long[] numbers = new long[old.size()];
        for (List<Integer> ranks : byAggregate.values()) {
            List<Integer> inSequence = new ArrayList<>(ranks);
            inSequence.sort(Comparator.comparingLong(rank -> old.get(rank).sequenceNumber()));
            for (int i = 0; i < ranks.size(); i++) {
                numbers[inSequence.get(i)] = ranks.get(i) + 1L;
            }
        }
        return numbers;
    }

    private long write(List<WriteModel<Document>> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        events.bulkWrite(batch, new BulkWriteOptions().ordered(true));
        long written = batch.size();
        batch.clear();
        return written;
    }

    private static String count(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    private record OldEvent(Object id, String aggregateId, long sequenceNumber, Instant timestamp, Long position) {
    }
}
