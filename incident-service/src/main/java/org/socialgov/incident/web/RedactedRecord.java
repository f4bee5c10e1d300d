package org.socialgov.incident.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.socialgov.incident.domain.IncidentRedaction;
import org.socialgov.platform.audit.AggregateDiff;
import org.socialgov.platform.audit.AuditEventPage;

/**
 * The record's answers (history, diff, export) with the personal data in each event's payload redacted, for readers
 * without the need to know. Works on the answers as JSON, so an entry keeps whatever else it carries (metadata,
 * hashes) untouched. A redacted event no longer matches its hash: the hash seals the event as recorded, and the
 * integrity checks verify it where the data is whole.
 */
@Singleton
class RedactedRecord {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final JsonMapper jsonMapper;

    RedactedRecord(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    AuditEventPage of(AuditEventPage history) {
        return withEventsRedacted(history, AuditEventPage.class);
    }

    AggregateDiff of(AggregateDiff diff) {
        return withEventsRedacted(diff, AggregateDiff.class);
    }

    /** An export (NDJSON, one event a line), redacted line by line as the client reads it. */
    InputStream ofExport(InputStream export) {
        return new RedactedLines(export, RedactedRecord::redactedLine);
    }

    private <T> T withEventsRedacted(T answer, Class<T> type) {
        try {
            JsonNode tree = JSON.readTree(jsonMapper.writeValueAsBytes(answer));
            tree.path("events").forEach(event -> redactPayload((ObjectNode) event));
            return jsonMapper.readValue(JSON.writeValueAsBytes(tree), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] redactedLine(byte[] line) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(line);
            redactPayload(event);
            return JSON.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void redactPayload(ObjectNode event) {
        JsonNode payload = event.get("payload");
        if (payload != null && payload.isObject()) {
            event.set("payload", JSON.valueToTree(IncidentRedaction.ofPayload(JSON.convertValue(payload,
                JSON_OBJECT))));
        }
    }
}
