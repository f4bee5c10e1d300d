package org.socialgov.platform.audit;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.common.DateTimeUtils;
import org.socialgov.platform.identity.AuditMetaData;

/** Turns stored events into what auditors read, and tells whose they are. */
final class AuditEvents {

    /** Decimals stay BigDecimal, digits and scale as stored, so the entry writes them as the hash covered them. */
    private static final ObjectMapper JSON = new ObjectMapper()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private AuditEvents() {
    }

    static AuditEvent toAuditEvent(StoredEvent event) {
        JsonNode metaData = CanonicalJson.parse(event.metaDataJson());
        return new AuditEvent(event.aggregateType(), event.aggregateId(), event.sequenceNumber(), event.eventId(),
            event.eventType(), DateTimeUtils.parseInstant(event.timestamp()),
            text(metaData, AuditMetaData.TENANT), text(metaData, AuditMetaData.ACTOR),
            text(metaData, AuditMetaData.ACTOR_ROLE), text(metaData, AuditMetaData.REASON),
            text(metaData, AuditMetaData.REQUEST_ID), text(metaData, AuditMetaData.CORRELATION_ID),
            payload(event), text(metaData, EventHashChain.HASH), text(metaData, EventHashChain.PREVIOUS_HASH),
            event.timestamp(), event.payloadType(), event.payloadRevision(), text(metaData, AuditMetaData.CLIENT_ID),
            text(metaData, AuditMetaData.IDEMPOTENCY_KEY), text(metaData, AuditMetaData.TRACEPARENT),
            unsealed(metaData));
    }

    static String tenantOf(StoredEvent event) {
        return text(CanonicalJson.parse(event.metaDataJson()), AuditMetaData.TENANT);
    }

    static Instant timeOf(StoredEvent event) {
        return DateTimeUtils.parseInstant(event.timestamp());
    }

    private static Map<String, Object> payload(StoredEvent event) {
        JsonNode payload = CanonicalJson.parse(event.payloadJson());
        return payload.isObject() ? JSON.convertValue(payload, JSON_OBJECT) : Map.of("value", payload.asText());
    }

    /** The metadata as the hash covers it: all of it but the seal, which the entry shows as its two hashes. */
    private static Map<String, Object> unsealed(JsonNode metaData) {
        if (!(metaData instanceof ObjectNode object)) {
            return Map.of("value", metaData.asText());
        }
        ObjectNode covered = object.deepCopy();
        covered.remove(EventHashChain.HASH);
        covered.remove(EventHashChain.PREVIOUS_HASH);
        return JSON.convertValue(covered, JSON_OBJECT);
    }

    private static String text(JsonNode metaData, String key) {
        JsonNode value = metaData.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }
}
