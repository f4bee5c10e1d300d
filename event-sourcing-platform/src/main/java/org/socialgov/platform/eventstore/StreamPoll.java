package org.socialgov.platform.eventstore;

import static com.mongodb.client.model.Filters.in;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;

/**
 * One read of the stream after a token, by position only: {@code position $in [next positions] ∪ gaps}, a query
 * the unique position index serves on any MongoDB, the embedded one included, at a cost independent of how many
 * events are stored. Three rules keep it complete:
 * <ul>
 *   <li><b>A late event is never skipped.</b> A position not yet visible becomes a gap of the token and is asked for
 *       again on every read until it appears or times out ({@link GapRules}).</li>
 *   <li><b>An aggregate's events come in order.</b> Positions missing below the highest one found are asked for a
 *       second time before anything is delivered. An event that was visible before a later one took its position
 *       (the previous event of the same aggregate always is: its writer loaded it) is seen by that second ask, even
 *       where the first raced with the writers, so a projection never sees event n+1 of an aggregate before n.</li>
 *   <li><b>No stall on positions that will never be written.</b> When none of the next positions exists but the
 *       counter has handed out more, the read looks further ahead until it finds events; what it passed over
 *       becomes gaps.</li>
 * </ul>
 */
final class StreamPoll {

    /** How many positions one look past a stretch of missing positions asks for. */
    private static final int LOOK_AHEAD = 1000;
    private static final int REMEMBERED_WITNESSES = 10_000;

    private final MongoCollection<Document> events;
    private final EventPositions positions;
    private final GapRules gapRules;
    /** When the events just above gaps took their positions: what tells that a gap has timed out. Never changes. */
    private final Map<Long, Instant> witnessTimes = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Instant> eldest) {
            return size() > REMEMBERED_WITNESSES;
        }
    };

    StreamPoll(MongoCollection<Document> events, EventPositions positions, GapRules gapRules) {
        this.events = events;
        this.positions = positions;
        this.gapRules = gapRules;
    }

    /**
     * Whether nothing can follow the token yet: it waits for no gap and no append has taken a position above it. One
     * read of the counter, where a poll would ask for the next positions as well.
     */
    boolean nothingAfter(TrackingToken lastToken) {
        GapAwareTrackingToken token = asPositionToken(lastToken);
        return !token.hasGaps() && positions.highestTaken() <= token.getIndex();
    }

    /** The events after the token, up to {@code window} positions further plus its gaps, each with its token. */
    List<TrackedEventData<?>> after(TrackingToken lastToken, int window) {
        GapAwareTrackingToken start = withoutTimedOutGaps(asPositionToken(lastToken));
        long index = start.getIndex();
        NavigableSet<Long> asked = new TreeSet<>(start.getGaps());
        addRange(asked, index + 1, index + window);
        NavigableMap<Long, Document> found = fetch(asked);
        if (found.isEmpty()) {
            long taken = positions.highestTaken();
            for (long from = index + window + 1; found.isEmpty() && from <= taken; from += LOOK_AHEAD) {
                NavigableSet<Long> further = addRange(new TreeSet<>(), from, Math.min(from + LOOK_AHEAD - 1, taken));
                asked.addAll(further);
                found.putAll(fetch(further));
            }
        }
        if (!found.isEmpty()) {
            NavigableSet<Long> unseen = new TreeSet<>(asked.headSet(found.lastKey(), false));
            unseen.removeAll(found.keySet());
            if (!unseen.isEmpty()) {
                found.putAll(fetch(unseen));
            }
        }
        List<TrackedEventData<?>> batch = new ArrayList<>(found.size());
        GapAwareTrackingToken token = start;
        for (Map.Entry<Long, Document> event : found.entrySet()) {
            long position = event.getKey();
            Instant appendedAt = EventDocuments.appendedAt(event.getValue());
            token = gapRules.advance(token, position, appendedAt);
            if (token.getGaps().contains(position - 1)) {
                rememberWitness(position, appendedAt);
            }
            batch.add(new TrackedDomainEventData<>(token, EventDocuments.entry(event.getValue())));
        }
        return batch;
    }

    static GapAwareTrackingToken asPositionToken(TrackingToken token) {
        if (token == null) {
            return GapRules.BEFORE_FIRST;
        }
        if (token instanceof GapAwareTrackingToken positionToken) {
            return positionToken;
        }
        throw new IllegalArgumentException("This event store reads by stream position; it cannot continue from "
            + token + " (tokens of the timestamp-based store are converted when the service starts)");
    }

    /**
     * Each run of consecutive gaps lies just below a position that is not a gap (an event handled, at most the
     * token's index): its witness, which took its position after every gap of the run. The gaps below the highest
     * witness that has outlived the gap timeout are dropped.
     */
    private GapAwareTrackingToken withoutTimedOutGaps(GapAwareTrackingToken token) {
        if (!token.hasGaps()) {
            return token;
        }
        NavigableSet<Long> gaps = new TreeSet<>(token.getGaps());
        List<Long> witnesses = new ArrayList<>();
        for (Long gap : gaps) {
            if (!gaps.contains(gap + 1)) {
                witnesses.add(gap + 1);
            }
        }
        Map<Long, Instant> times = witnessTimes(witnesses);
        for (int i = witnesses.size() - 1; i >= 0; i--) {
            Instant time = times.get(witnesses.get(i));
            // A witness that is not in the store (a record damaged there) gives nothing to wait for.
            if (time == null || gapRules.outlived(time)) {
                return gapRules.withoutGapsBelow(token, witnesses.get(i));
            }
        }
        return token;
    }

    private Map<Long, Instant> witnessTimes(List<Long> witnesses) {
        Map<Long, Instant> times = new TreeMap<>();
        List<Long> unknown = new ArrayList<>();
        synchronized (witnessTimes) {
            for (Long witness : witnesses) {
                Instant time = witnessTimes.get(witness);
                if (time != null) {
                    times.put(witness, time);
                } else {
                    unknown.add(witness);
                }
            }
        }
        if (!unknown.isEmpty()) {
            events.find(in(EventDocuments.POSITION, unknown))
                .projection(Projections.include(EventDocuments.POSITION, EventDocuments.APPENDED_AT,
                    EventDocuments.FIELDS.timestampProperty()))
                .forEach(document -> {
                    long position = EventDocuments.position(document);
                    Instant time = EventDocuments.appendedAt(document);
                    times.put(position, time);
                    rememberWitness(position, time);
                });
        }
        return times;
    }

    private void rememberWitness(long position, Instant appendedAt) {
        synchronized (witnessTimes) {
            witnessTimes.put(position, appendedAt);
        }
    }

    private NavigableMap<Long, Document> fetch(Collection<Long> wanted) {
        NavigableMap<Long, Document> found = new TreeMap<>();
        events.find(in(EventDocuments.POSITION, wanted)).batchSize(Math.max(wanted.size(), 1))
            .forEach(document -> found.put(EventDocuments.position(document), document));
        return found;
    }

    private static NavigableSet<Long> addRange(NavigableSet<Long> set, long from, long to) {
        for (long position = from; position <= to; position++) {
            set.add(position);
        }
        return set;
    }
}
