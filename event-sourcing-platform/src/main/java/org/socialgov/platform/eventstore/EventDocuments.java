package org.socialgov.platform.eventstore;

import java.time.Instant;
import java.util.Date;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntry;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * An event document as the store keeps it: Axon's document-per-event fields, unchanged, so that records written
 * before still read and the hash chain still holds (it covers exactly those fields), plus three of this store's own,
 * none of them hashed:
 * <ul>
 *   <li>{@code position}: the event's place in the service's stream, under a unique index, what tracking processors
 *       read by;</li>
 *   <li>{@code streamKey}: aggregate id and sequence number in one unique field, so that an aggregate's events are
 *       found by {@code $in} on a single-field unique index (the only shape the embedded store serves from an
 *       index: it uses no compound index for a list of values or a range);</li>
 *   <li>{@code appendedAt}: when the append took its position (on the writer's clock), which is what the age of a
 *       gap is judged by.</li>
 * </ul>
 */
public final class EventDocuments {

    public static final String POSITION = "position";
    public static final String STREAM_KEY = "streamKey";
    public static final String APPENDED_AT = "appendedAt";
    static final EventEntryConfiguration FIELDS = EventEntryConfiguration.getDefault();

    private EventDocuments() {
    }

    /** The document of one event at its stream position. */
    public static Document of(DomainEventMessage<?> event, Serializer serializer, long position, Instant appendedAt) {
        return new EventEntry(event, serializer).asDocument(FIELDS)
            .append(POSITION, position)
            .append(STREAM_KEY, streamKey(event.getAggregateIdentifier(), event.getSequenceNumber()))
            .append(APPENDED_AT, Date.from(appendedAt));
    }

    /** Unambiguous: the sequence number follows the last '#', whatever the aggregate id holds. */
    public static String streamKey(String aggregateId, long sequenceNumber) {
        return aggregateId + "#" + sequenceNumber;
    }

    static long position(Document document) {
        return document.get(POSITION, Number.class).longValue();
    }

    /** When the event's position was taken; for events numbered after the fact, the event's own time. */
    static Instant appendedAt(Document document) {
        Date appendedAt = document.getDate(APPENDED_AT);
        return appendedAt != null ? appendedAt.toInstant()
            : DateTimeUtils.parseInstant(document.getString(FIELDS.timestampProperty()));
    }

    static EventEntry entry(Document document) {
        return new EventEntry(document, FIELDS);
    }

    /**
     * Axon's own indexes (existing stores have them, and a real MongoDB uses the timestamp one for exports), and the
     * two unique ones of this store. Sparse: events stored before positions existed have neither field until they
     * are numbered.
     */
    static void ensureIndexes(MongoCollection<Document> events, MongoCollection<Document> snapshots) {
        events.createIndex(Indexes.ascending(FIELDS.aggregateIdentifierProperty(), FIELDS.sequenceNumberProperty()),
            new IndexOptions().unique(true).name("uniqueAggregateIndex"));
        events.createIndex(Indexes.ascending(FIELDS.timestampProperty(), FIELDS.sequenceNumberProperty()),
            new IndexOptions().unique(false).name("orderedEventStreamIndex"));
        events.createIndex(Indexes.ascending(POSITION), new IndexOptions().unique(true).sparse(true)
            .name("uniquePositionIndex"));
        events.createIndex(Indexes.ascending(STREAM_KEY), new IndexOptions().unique(true).sparse(true)
            .name("uniqueStreamKeyIndex"));
        snapshots.createIndex(Indexes.ascending(FIELDS.aggregateIdentifierProperty(), FIELDS.sequenceNumberProperty()),
            new IndexOptions().unique(true).name("uniqueAggregateIndex"));
    }
}
