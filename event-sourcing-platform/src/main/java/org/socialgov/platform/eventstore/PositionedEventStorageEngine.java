package org.socialgov.platform.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

import com.mongodb.DuplicateKeyException;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntry;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * The service's event store in MongoDB, in Axon's document-per-event format, where every event has a position in the
 * service's stream and every read is served by a unique index, whatever the number of events stored:
 * <ul>
 *   <li>an append takes its positions from {@link EventPositions} and writes its events with them in one
 *       {@code insertMany}; Axon's unique (aggregate, sequence number) index still refuses a second writer;</li>
 *   <li>tracking processors read by position with a {@link GapAwareTrackingToken} ({@link StreamPoll});</li>
 *   <li>an aggregate's events are read by {@code streamKey $in [the next sequence numbers]}, in batches until one
 *       comes back empty, from its snapshot on; the snapshot is the document whose {@code _id} is the aggregate's.</li>
 * </ul>
 * Built read-only for another service's store ({@link #readOnly}): it then never appends, numbers or indexes.
 */
public final class PositionedEventStorageEngine extends BatchingEventStorageEngine {

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> snapshots;
    private final EventPositions positions;
    private final StreamPoll poll;
    private final IdlePolling idlePolling;
    private final boolean readOnly;

    private PositionedEventStorageEngine(Builder builder) {
        super(builder);
        this.events = builder.database.getCollection(builder.eventCollection);
        this.snapshots = builder.database.getCollection(builder.snapshotCollection);
        this.positions = new EventPositions(builder.database);
        this.poll = new StreamPoll(events, positions,
            new GapRules(builder.gapTimeout, builder.maxGaps, Clock.systemUTC()));
        this.idlePolling = new IdlePolling(builder.shortestPollInterval, builder.longestPollInterval);
        this.readOnly = builder.readOnly;
        if (!readOnly) {
            EventDocuments.ensureIndexes(events, snapshots);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> toAppend, Serializer serializer) {
        if (readOnly) {
            throw new UnsupportedOperationException("Another service's events are read, never written");
        }
        if (toAppend.isEmpty()) {
            return;
        }
        EventPositions.Allocation taken = positions.allocate(toAppend.size());
        List<Document> documents = new ArrayList<>(toAppend.size());
        long position = taken.first();
        for (EventMessage<?> event : toAppend) {
            documents.add(EventDocuments.of(EventUtils.asDomainEventMessage(event), serializer, position++,
                taken.takenAt()));
        }
        try {
            events.insertMany(documents);
        } catch (RuntimeException e) {
            // The positions taken stay unused: readers pass them as gaps.
            handlePersistenceException(e, toAppend.get(0));
        }
        idlePolling.wakeUp();
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document document = new EventEntry(snapshot, serializer).asDocument(EventDocuments.FIELDS)
            .append("_id", snapshot.getAggregateIdentifier());
        try {
            snapshots.replaceOne(eq("_id", snapshot.getAggregateIdentifier()), document,
                new ReplaceOptions().upsert(true));
        } catch (RuntimeException e) {
            handlePersistenceException(e, snapshot);
        }
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return Optional.ofNullable(snapshots.find(eq("_id", aggregateIdentifier)).first())
            .map(EventDocuments::entry).stream();
    }

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier,
                                                                   long firstSequenceNumber, int batchSize) {
        List<String> keys = new ArrayList<>(batchSize);
        for (long sequence = firstSequenceNumber; sequence < firstSequenceNumber + batchSize; sequence++) {
            keys.add(EventDocuments.streamKey(aggregateIdentifier, sequence));
        }
        List<EventEntry> found = new ArrayList<>(batchSize);
        events.find(in(EventDocuments.STREAM_KEY, keys)).batchSize(batchSize)
            .forEach(document -> found.add(EventDocuments.entry(document)));
        found.sort(Comparator.comparingLong(EventEntry::getSequenceNumber));
        return found;
    }

    /**
     * Read on until a batch comes back empty, not merely short: a record with an event missing in the middle (a
     * damaged record, which verification reports) is then still read past the hole, as before.
     */
    @Override
    protected boolean fetchForAggregateUntilEmpty() {
        return true;
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        return poll.after(lastToken, batchSize);
    }

    /**
     * A read that may wait ({@code mayBlock}) is the event store's producer following the head of the stream for the
     * processors there, asked again every few milliseconds: it reads the store only as often as {@link IdlePolling}
     * says, one batch at a time, and while the counter shows nothing new, with that one read. Every other read (a
     * processor catching up, a replay) reads at once, batch after batch.
     */
    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken token, boolean mayBlock) {
        if (!mayBlock) {
            return super.readEventData(token, false);
        }
        OptionalLong due = idlePolling.due();
        if (due.isEmpty()) {
            return Stream.empty();
        }
        List<? extends TrackedEventData<?>> batch = poll.nothingAfter(token) ? List.of()
            : fetchTrackedEvents(token, batchSize());
        idlePolling.polled(due.getAsLong(), !batch.isEmpty());
        return batch.stream();
    }

    /**
     * Makes the next read of the head ask the store at once: a reader is waiting for the newest events (appends
     * through this engine do so by themselves).
     */
    public void pollSoon() {
        idlePolling.wakeUp();
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        long from = readSnapshotData(aggregateIdentifier).findFirst().map(DomainEventData::getSequenceNumber)
            .orElse(-1L);
        Optional<Long> last = readEventData(aggregateIdentifier, from + 1)
            .map(DomainEventData::getSequenceNumber).reduce((earlier, later) -> later);
        return last.isPresent() || from < 0 ? last : Optional.of(from);
    }

    /** Before the first position: a processor starting here handles every event. */
    @Override
    public TrackingToken createTailToken() {
        return GapRules.BEFORE_FIRST;
    }

    /** The newest event stored now; appends still being written below it are not waited for. */
    @Override
    public TrackingToken createHeadToken() {
        return new GapAwareTrackingToken(newestPosition().orElse(0L), List.of());
    }

    /** Just before the first event whose position was taken at or after the given time. */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return new GapAwareTrackingToken(new PositionSearch(events, positions).lastTakenBefore(dateTime), List.of());
    }

    /** The highest position an event is stored at right now (empty while there is none). */
    public Optional<Long> newestPosition() {
        return new PositionSearch(events, positions).newestStored();
    }

    /** Whether this store's events stored before positions existed have all been numbered. */
    public boolean isNumbered() {
        return positions.existingEventsNumbered();
    }

    /** The events, if they are numbered: what a token from the timestamp-based store is converted against. */
    Optional<MongoCollection<Document>> numberedEvents() {
        return isNumbered() ? Optional.of(events) : Optional.empty();
    }

    static boolean isDuplicateKey(Exception exception) {
        return exception instanceof DuplicateKeyException
            || exception instanceof MongoWriteException write
            && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY
            || exception instanceof MongoBulkWriteException bulk
            && bulk.getWriteErrors().stream().anyMatch(error -> error.getCode() == 11000);
    }

    public static final class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private String eventCollection = "domainevents";
        private String snapshotCollection = "snapshotevents";
        private Duration gapTimeout = Duration.ofSeconds(60);
        private int maxGaps = 500;
        private Duration shortestPollInterval = Duration.ofMillis(50);
        private Duration longestPollInterval = Duration.ofSeconds(2);
        private boolean readOnly;

        private Builder() {
            persistenceExceptionResolver(PositionedEventStorageEngine::isDuplicateKey);
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        public Builder collections(String eventCollection, String snapshotCollection) {
            this.eventCollection = eventCollection;
            this.snapshotCollection = snapshotCollection;
            return this;
        }

        public Builder gaps(Duration gapTimeout, int maxGaps) {
            this.gapTimeout = gapTimeout;
            this.maxGaps = maxGaps;
            return this;
        }

        /** How often the head of the stream is read while nothing is new: from the shortest, doubling to the longest. */
        public Builder pollIntervals(Duration shortest, Duration longest) {
            this.shortestPollInterval = shortest;
            this.longestPollInterval = longest;
            return this;
        }

        /** For another service's store: read only, never written, numbered or indexed from here. */
        public Builder readOnly() {
            this.readOnly = true;
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        public PositionedEventStorageEngine build() {
            return new PositionedEventStorageEngine(this);
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            if (database == null) {
                throw new AxonConfigurationException("The MongoDB database of the events is required");
            }
            if (maxGaps < 1 || gapTimeout.isNegative()) {
                throw new AxonConfigurationException("Gaps need a timeout of zero or more and a bound of at least 1");
            }
            if (shortestPollInterval.isNegative() || shortestPollInterval.isZero()
                || longestPollInterval.compareTo(shortestPollInterval) < 0) {
                throw new AxonConfigurationException("Poll intervals need a shortest above zero and a longest at least"
                    + " as long");
            }
        }
    }
}
