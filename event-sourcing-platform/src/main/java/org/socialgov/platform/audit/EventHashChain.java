package org.socialgov.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The integrity seal of an aggregate's events. Each event carries, in its metadata, the SHA-256 of the previous
 * event's hash followed by a canonical serialisation of itself (type, sequence, time, metadata, payload), so changing,
 * removing or reordering any event breaks the chain from that event on.
 */
public final class EventHashChain {

    /** Metadata key of the event's own hash. */
    public static final String HASH = "eventHash";
    /** Metadata key of the hash of the event before it in the aggregate (the genesis value for the first). */
    public static final String PREVIOUS_HASH = "previousEventHash";
    /** What the first event of an aggregate links to. */
    public static final String GENESIS = "0".repeat(64);

    private EventHashChain() {
    }

    public static String hash(String previousHash, StoredEvent event) {
        return sha256(previousHash + "\n" + canonicalForm(event));
    }

    /** Everything recorded about the event except the seal itself, written as canonical JSON. */
    public static String canonicalForm(StoredEvent event) {
        JsonNode metaData = CanonicalJson.parse(event.metaDataJson());
        if (metaData instanceof ObjectNode object) {
            object.remove(HASH);
            object.remove(PREVIOUS_HASH);
        }
        ObjectNode form = CanonicalJson.object()
            .put("aggregateType", event.aggregateType())
            .put("aggregateId", event.aggregateId())
            .put("sequenceNumber", event.sequenceNumber())
            .put("eventId", event.eventId())
            .put("timestamp", event.timestamp())
            .put("payloadType", event.payloadType())
            .put("payloadRevision", event.payloadRevision());
        form.set("metaData", metaData);
        form.set("payload", CanonicalJson.parse(event.payloadJson()));
        return CanonicalJson.write(form);
    }

    /** The seal values an event carries in its stored metadata, or null where it has none. */
    public static String storedValue(StoredEvent event, String key) {
        JsonNode value = CanonicalJson.parse(event.metaDataJson()).get(key);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
