package org.socialgov.platform.axon;

import java.time.Instant;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** A moment in an aggregate's life: right after a version (a sequence number), or at an instant. */
public record PointInHistory(Long version, Instant instant) {

    public PointInHistory {
        if ((version == null) == (instant == null)) {
            throw new IllegalArgumentException("A point in history is a version or an instant, not both or neither");
        }
    }

    /**
     * The point a read request asks for with its {@code version} and {@code asOf} parameters: none when it names
     * neither (the present); refused with 400 when it names both.
     */
    public static Optional<PointInHistory> askedFor(Long version, Instant asOf) {
        if (version != null && asOf != null) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "Give either 'version' or 'asOf', not both");
        }
        return version == null && asOf == null ? Optional.empty() : Optional.of(new PointInHistory(version, asOf));
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

    /**
     * Whether this point certainly lies before the event with this sequence number, when that event is missing from
     * the store: only a version can tell, since the missing event's time is unknown.
     */
    public boolean precedes(long missingSequenceNumber) {
        return version != null && version < missingSequenceNumber;
    }
}
