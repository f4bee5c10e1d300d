package org.socialgov.platform.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.socialgov.platform.audit.IntegrityReport.Breach;
import org.socialgov.platform.audit.IntegrityReport.Verdict;

/**
 * Recomputes one aggregate's hash chain from its stored events, in sequence order, and names the first place where
 * the record no longer holds: an event whose content changed, a gap where events are missing, an event that sits
 * at another place than the one it was sealed at, or an event that was never sealed.
 */
final class ChainVerifier {

    private ChainVerifier() {
    }

    static IntegrityReport verify(List<StoredEvent> events) {
        StoredEvent first = events.get(0);
        Map<String, Long> sealedPlaces = new HashMap<>();
        events.forEach(event -> {
            String hash = EventHashChain.storedValue(event, EventHashChain.HASH);
            if (hash != null) {
                sealedPlaces.putIfAbsent(hash, event.sequenceNumber());
            }
        });
        String previousHash = EventHashChain.GENESIS;
        long expected = 0;
        for (StoredEvent event : events) {
            long sequence = event.sequenceNumber();
            if (sequence != expected) {
                return broken(first, events, sequence, Breach.MISSING, sequence > expected
                    ? missing(expected, sequence - 1) + " before event " + sequence
                    : "Event " + sequence + " appears twice");
            }
            String storedHash = EventHashChain.storedValue(event, EventHashChain.HASH);
            String storedPrevious = EventHashChain.storedValue(event, EventHashChain.PREVIOUS_HASH);
            if (storedHash == null || storedPrevious == null) {
                return broken(first, events, sequence, Breach.UNSEALED, "Event " + sequence + " carries no seal");
            }
            if (!EventHashChain.hash(storedPrevious, event).equals(storedHash)) {
                Long sealedAt = placeItWasSealedAt(event, storedPrevious, storedHash, events);
                return sealedAt != null
                    ? broken(first, events, sequence, Breach.REORDERED,
                        "Event " + sequence + " was recorded as event " + sealedAt + " and has been moved")
                    : broken(first, events, sequence, Breach.CHANGED,
                        "Event " + sequence + " (" + event.eventType() + ") no longer matches its hash: its content "
                            + "was changed after it was recorded");
            }
            if (!storedPrevious.equals(previousHash)) {
                Long linkedTo = sealedPlaces.get(storedPrevious);
                return linkedTo != null
                    ? broken(first, events, sequence, Breach.REORDERED,
                        "Event " + sequence + " was recorded after event " + linkedTo + ", not after event "
                            + (sequence - 1))
                    : broken(first, events, sequence, Breach.CHANGED,
                        "Event " + sequence + " was recorded after an event that is no longer in the store");
            }
            previousHash = storedHash;
            expected = sequence + 1;
        }
        StoredEvent last = events.get(events.size() - 1);
        return new IntegrityReport(first.aggregateType(), first.aggregateId(), Verdict.INTACT, events.size(),
            last.sequenceNumber(), previousHash, null, null,
            "All " + events.size() + " events are intact and in their recorded order");
    }

    /** The sequence number under which this content was sealed, if it is intact but now sits elsewhere. */
    private static Long placeItWasSealedAt(StoredEvent event, String previousHash, String hash,
                                           List<StoredEvent> events) {
        long lastPlace = Math.max(events.get(events.size() - 1).sequenceNumber(), events.size());
        for (long place = 0; place <= lastPlace; place++) {
            if (place != event.sequenceNumber()
                && EventHashChain.hash(previousHash, withSequence(event, place)).equals(hash)) {
                return place;
            }
        }
        return null;
    }

    private static StoredEvent withSequence(StoredEvent event, long sequenceNumber) {
        return new StoredEvent(event.aggregateType(), event.aggregateId(), sequenceNumber, event.eventId(),
            event.timestamp(), event.payloadType(), event.payloadRevision(), event.payloadJson(),
            event.metaDataJson());
    }

    private static IntegrityReport broken(StoredEvent first, List<StoredEvent> events, long at, Breach breach,
                                          String explanation) {
        StoredEvent last = events.get(events.size() - 1);
        return new IntegrityReport(first.aggregateType(), first.aggregateId(), Verdict.BROKEN, events.size(),
            last.sequenceNumber(), EventHashChain.storedValue(last, EventHashChain.HASH), at, breach, explanation);
    }

    private static String missing(long from, long to) {
        return from == to ? "Event " + from + " is missing" : "Events " + from + " to " + to + " are missing";
    }
}
