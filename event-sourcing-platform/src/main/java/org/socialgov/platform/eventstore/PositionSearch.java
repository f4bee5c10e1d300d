package org.socialgov.platform.eventstore;

import static com.mongodb.client.model.Filters.in;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import org.bson.Document;

/**
 * Finds positions by probing the unique position index in small windows, never by scanning: the newest stored
 * event, and where a time falls in the stream.
 */
final class PositionSearch {

    private static final int WINDOW = 256;

    private final MongoCollection<Document> events;
    private final EventPositions positions;

    PositionSearch(MongoCollection<Document> events, EventPositions positions) {
        this.events = events;
        this.positions = positions;
    }

    /** The highest position an event is stored at, looking down from the highest taken. */
    Optional<Long> newestStored() {
        for (long to = positions.highestTaken(); to >= 1; to -= WINDOW) {
            List<Document> found = probe(Math.max(1, to - WINDOW + 1), to);
            if (!found.isEmpty()) {
                return Optional.of(EventDocuments.position(found.get(found.size() - 1)));
            }
        }
        return Optional.empty();
    }

    /**
     * The position below which every event took its position before {@code time}, by bisection over the positions
     * taken. Where no event is stored near a probe, it errs towards the earlier position: a token from here may
     * deliver an event too many, never one too few.
     */
    long lastTakenBefore(Instant time) {
        long before = 0;
        long atOrAfter = positions.highestTaken() + 1;
        while (atOrAfter - before > 1) {
            long middle = before + (atOrAfter - before) / 2;
            List<Document> found = probe(middle, Math.min(middle + WINDOW - 1, atOrAfter - 1));
            if (!found.isEmpty() && EventDocuments.appendedAt(found.get(0)).isBefore(time)) {
                before = EventDocuments.position(found.get(0));
            } else {
                atOrAfter = middle;
            }
        }
        return before;
    }

    /** The events stored at positions {@code from} to {@code to}, in position order. */
    private List<Document> probe(long from, long to) {
        List<Long> wanted = new ArrayList<>();
        for (long position = from; position <= to; position++) {
            wanted.add(position);
        }
        List<Document> found = new ArrayList<>();
        events.find(in(EventDocuments.POSITION, wanted))
            .projection(Projections.include(EventDocuments.POSITION, EventDocuments.APPENDED_AT,
                EventDocuments.FIELDS.timestampProperty()))
            .forEach(found::add);
        found.sort((a, b) -> Long.compare(EventDocuments.position(a), EventDocuments.position(b)));
        return found;
    }
}
