package org.socialgov.platform.axon;

import java.time.Instant;

import org.axonframework.eventhandling.DomainEventMessage;

/** A moment in an aggregate's life: right after a version (a sequence number), or at an instant. */
public record PointInHistory(Long version, Instant instant) {

    public PointInHistory {
        if ((version == null) == (instant == null)) {
            throw new IllegalArgumentException("A point in history is a version or an instant, not both or neither");
        }
    }

    public static PointInHistory atVersion(long version) {
        return new PointInHistory(version, null);
    }

    public static PointInHistory atInstant(Instant instant) {
        return new PointInHistory(null, instant);
    }

    /** Whether the event had already happened at this point. */
    public boolean includes(DomainEventMessage<?> event) {
        return includes(event.getSequenceNumber(), event.getTimestamp());
    }

    public boolean includes(long sequenceNumber, Instant timestamp) {
        return version != null ? sequenceNumber <= version : !timestamp.isAfter(instant);
    }
}
