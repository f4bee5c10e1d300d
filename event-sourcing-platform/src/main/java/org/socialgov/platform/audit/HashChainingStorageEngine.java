package org.socialgov.platform.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Seals every event on its way into the store: it adds the event's hash and its predecessor's hash to the event's
 * metadata (see {@link EventHashChain}), and keeps each snapshot in the {@link SnapshotHistory} as well, so as-of
 * reads can start from the snapshot nearest the point asked for. An aggregate's events on their way out are checked
 * for gaps ({@link RecordGaps}). Everything else passes straight through.
 */
public class HashChainingStorageEngine implements EventStorageEngine {

    private static final int REMEMBERED_AGGREGATES = 10_000;

    private final EventStorageEngine delegate;
    private final Serializer eventSerializer;
    private final SnapshotHistory snapshotHistory;
    private final RecordGaps recordGaps;
    /** The last committed hash per aggregate, so a command on a busy aggregate needs no read to find it. */
    private final Map<String, Seal> lastSeals = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Seal> eldest) {
            return size() > REMEMBERED_AGGREGATES;
        }
    };

    public HashChainingStorageEngine(EventStorageEngine delegate, Serializer eventSerializer,
                                     SnapshotHistory snapshotHistory, RecordGaps recordGaps) {
        this.delegate = delegate;
        this.eventSerializer = eventSerializer;
        this.snapshotHistory = snapshotHistory;
        this.recordGaps = recordGaps;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        Map<String, Seal> sealed = new HashMap<>();
        List<EventMessage<?>> withSeals = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domainEvent) {
                String aggregateId = domainEvent.getAggregateIdentifier();
                Seal previous = sealed.containsKey(aggregateId) ? sealed.get(aggregateId)
                    : sealBefore(aggregateId, domainEvent.getSequenceNumber());
                String hash = EventHashChain.hash(previous.hash(), StoredEvent.of(domainEvent, eventSerializer));
                sealed.put(aggregateId, new Seal(domainEvent.getSequenceNumber(), hash));
                withSeals.add(domainEvent.andMetaData(Map.of(EventHashChain.HASH, hash,
                    EventHashChain.PREVIOUS_HASH, previous.hash())));
            } else {
                withSeals.add(event);
            }
        }
        delegate.appendEvents(withSeals);
        // Remembered only once stored: a refused append must not become another writer's predecessor.
        synchronized (lastSeals) {
            lastSeals.putAll(sealed);
        }
    }

    private Seal sealBefore(String aggregateId, long sequenceNumber) {
        if (sequenceNumber == 0) {
            return new Seal(-1, EventHashChain.GENESIS);
        }
        synchronized (lastSeals) {
            Seal remembered = lastSeals.get(aggregateId);
            if (remembered != null && remembered.sequenceNumber() == sequenceNumber - 1) {
                return remembered;
            }
        }
        return delegate.readEvents(aggregateId, sequenceNumber - 1).asStream()
            .filter(event -> event.getSequenceNumber() == sequenceNumber - 1)
            .findFirst()
            .map(event -> new Seal(sequenceNumber - 1, hashOf(event)))
            .orElse(new Seal(sequenceNumber - 1, EventHashChain.GENESIS));
    }

    private static String hashOf(DomainEventMessage<?> event) {
        Object hash = event.getMetaData().get(EventHashChain.HASH);
        // Events stored before sealing began link to the genesis value; verification reports them as unsealed.
        return hash == null ? EventHashChain.GENESIS : hash.toString();
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
        Instant lastEventTime = delegate.readEvents(snapshot.getAggregateIdentifier(), snapshot.getSequenceNumber())
            .asStream().findFirst().map(EventMessage::getTimestamp).orElse(snapshot.getTimestamp());
        snapshotHistory.keep(snapshot, lastEventTime);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return delegate.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier) {
        return recordGaps.checked(aggregateIdentifier, 0, delegate.readEvents(aggregateIdentifier));
    }

    /** Read from a later event when a snapshot stands for those before it; they must all still be there. */
    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        if (firstSequenceNumber > 0) {
            recordGaps.requireNoneMissingBefore(aggregateIdentifier, firstSequenceNumber);
        }
        return recordGaps.checked(aggregateIdentifier, firstSequenceNumber,
            delegate.readEvents(aggregateIdentifier, firstSequenceNumber));
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return delegate.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }

    private record Seal(long sequenceNumber, String hash) {
    }
}
