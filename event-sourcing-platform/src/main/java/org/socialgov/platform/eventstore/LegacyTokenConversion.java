package org.socialgov.platform.eventstore;

import static com.mongodb.client.model.Filters.eq;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts the tokens the timestamp-based store left in the token store into position tokens, when the service
 * starts, before any processor runs. The old token meant: every event stamped before its time minus the look-back
 * window is handled, and of the later ones, those it names. The new token is the longest run of positions from the
 * first that are all handled in that sense; everything after it is delivered again, which the projections absorb
 * (they are idempotent per aggregate sequence number, ARCHITECTURE.md decision 1), and nothing is skipped.
 * <p>
 * A processor following another service's store that is not numbered yet (that service has not started on this
 * version) starts from the first event instead, for the same reason.
 */
final class LegacyTokenConversion {

    /**
     * Wider than any look-back the previous store was run with (its default was 10 s): a wider window only delivers
     * a few more events again, a narrower one could skip some.
     */
    static final Duration LEGACY_LOOK_BACK = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(LegacyTokenConversion.class);

    private final MongoCollection<Document> tokens;
    private final Serializer serializer;
    /** The numbered events a processor reads, or empty when its source is not numbered yet. */
    private final Function<String, Optional<MongoCollection<Document>>> numberedSourceOf;

    LegacyTokenConversion(MongoCollection<Document> tokens, Serializer serializer,
                          Function<String, Optional<MongoCollection<Document>>> numberedSourceOf) {
        this.tokens = tokens;
        this.serializer = serializer;
        this.numberedSourceOf = numberedSourceOf;
    }

    /** Converts every stored token that holds a timestamp token; answers how many. */
    int convertAll() {
        int converted = 0;
        for (Document entry : tokens.find()) {
            String type = entry.getString("tokenType");
            Binary data = entry.get("token", Binary.class);
            if (type == null || data == null || !type.startsWith(ReplayToken.class.getName())
                && !type.equals(MongoTrackingToken.class.getName())) {
                continue;
            }
            TrackingToken stored = serializer.deserialize(new SimpleSerializedObject<>(data.getData(), byte[].class,
                type, null));
            if (!holdsTimestampToken(stored)) {
                continue;
            }
            String processor = entry.getString("processorName");
            TrackingToken replacement = convert(stored, numberedSourceOf.apply(processor));
            SerializedObject<byte[]> serialized = serializer.serialize(replacement, byte[].class);
            tokens.updateOne(eq("_id", entry.get("_id")), new Document("$set",
                new Document("token", serialized.getData()).append("tokenType", serialized.getType().getName())));
            LOG.info("Tracking token of '{}' segment {} converted to stream positions: {} became {}", processor,
                entry.get("segment"), stored, replacement);
            converted++;
        }
        return converted;
    }

    private static boolean holdsTimestampToken(TrackingToken token) {
        return token instanceof MongoTrackingToken
            || token instanceof ReplayToken replay && (replay.getTokenAtReset() instanceof MongoTrackingToken
            || replay.getCurrentToken() instanceof MongoTrackingToken);
    }

    private TrackingToken convert(TrackingToken token, Optional<MongoCollection<Document>> events) {
        if (token instanceof ReplayToken replay) {
            return ReplayToken.createReplayToken(convert(replay.getTokenAtReset(), events),
                convert(replay.getCurrentToken(), events), replay.context());
        }
        if (!(token instanceof MongoTrackingToken timestampToken)) {
            return token;
        }
        return events.map(numbered -> handledRun(timestampToken, numbered)).orElse(GapRules.BEFORE_FIRST);
    }

    /** The position token covering exactly the first positions all handled under the timestamp token. */
    static GapAwareTrackingToken handledRun(MongoTrackingToken token, MongoCollection<Document> events) {
        Instant surelyHandledBefore = token.getTimestamp().minus(LEGACY_LOOK_BACK);
        long firstUnhandled = Long.MAX_VALUE;
        long highest = 0;
        for (Document event : events.find().projection(Projections.include(EventDocuments.POSITION,
            EventDocuments.APPENDED_AT, EventDocuments.FIELDS.timestampProperty(),
            EventDocuments.FIELDS.eventIdentifierProperty()))) {
            Number position = event.get(EventDocuments.POSITION, Number.class);
            if (position == null) {
                continue;
            }
            highest = Math.max(highest, position.longValue());
            boolean handled = event.get(EventDocuments.APPENDED_AT) == null
                && (DateTimeUtils.parseInstant(event.getString(EventDocuments.FIELDS.timestampProperty()))
                .isBefore(surelyHandledBefore)
                || token.getKnownEventIds().contains(event.getString(
                EventDocuments.FIELDS.eventIdentifierProperty())));
            if (!handled) {
                firstUnhandled = Math.min(firstUnhandled, position.longValue());
            }
        }
        return new GapAwareTrackingToken(firstUnhandled == Long.MAX_VALUE ? highest : firstUnhandled - 1, List.of());
    }
}
