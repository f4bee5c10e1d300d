package org.socialgov.platform.eventstore;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;

/**
 * The counter that hands out a service's stream positions: one document, incremented atomically by the size of each
 * append, so that positions are unique and increase in the order the appends took them. A position taken by an
 * append that then fails is never used: the stream has a gap there, which readers tolerate (see {@link GapRules}).
 * The document also says whether the events stored before positions existed have been numbered.
 */
public final class EventPositions {

    static final String COLLECTION = "event_positions";
    private static final String ID = "domainevents";
    private static final String LAST = "last";
    private static final String NUMBERED = "existingEventsNumbered";

    private final MongoCollection<Document> counter;

    public EventPositions(MongoDatabase database) {
        this.counter = database.getCollection(COLLECTION);
    }

    /** Positions taken by one append: {@code first} to {@code last}, taken at or before {@code takenAt}. */
    public record Allocation(long first, long last, Instant takenAt) {
    }

    /**
     * Takes the next {@code count} positions. The counter is read as it was before the increment: the embedded
     * store answers an update with the live document and encodes it after releasing its lock, so the value after
     * could already include a concurrent append's increment, while the value before is a copy. The time is read
     * once the positions are taken, so it is never earlier than their taking (on this writer's clock).
     */
    public Allocation allocate(int count) {
        Document before = counter.findOneAndUpdate(eq("_id", ID), new Document("$inc", new Document(LAST, (long) count)),
            new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        Instant takenAt = Instant.now();
        long previous = before == null || before.get(LAST) == null ? 0 : before.get(LAST, Number.class).longValue();
        return new Allocation(previous + 1, previous + count, takenAt);
    }

    /** The highest position taken so far (0 before the first append); an append may still be writing it. */
    public long highestTaken() {
        Document current = counter.find(eq("_id", ID)).first();
        return current == null || current.get(LAST) == null ? 0 : current.get(LAST, Number.class).longValue();
    }

    /** Raises the counter to at least {@code position}: after numbering, new appends continue above it. */
    void raiseTo(long position) {
        counter.updateOne(eq("_id", ID), new Document("$max", new Document(LAST, position)),
            new UpdateOptions().upsert(true));
    }

    boolean existingEventsNumbered() {
        Document current = counter.find(eq("_id", ID)).first();
        return current != null && Boolean.TRUE.equals(current.getBoolean(NUMBERED));
    }

    void markExistingEventsNumbered() {
        counter.updateOne(eq("_id", ID), new Document("$set", new Document(NUMBERED, true)),
            new UpdateOptions().upsert(true));
    }
}
