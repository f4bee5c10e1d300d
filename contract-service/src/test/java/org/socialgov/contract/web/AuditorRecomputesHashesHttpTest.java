package org.socialgov.contract.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.testsupport.InternalTokens;

/**
 * An auditor checks the record from what the service answers alone, without access to the store: each history
 * entry and each export line carries everything its hash covers, so the hash is recomputed by the documented recipe
 * (ARCHITECTURE.md, decision 3), written here independently of the service's own code, and each entry links to the
 * one before it. The entries also show what the record promises: request, trace, idempotency key, payload type.
 */
class AuditorRecomputesHashesHttpTest extends ContractServiceHttpTestBase {

    private static final String AUDITOR = InternalTokens.forUser("ann", "acme", "AUDITOR");
    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    /** The recipe's JSON: decimals read exactly, written in plain notation. */
    private static final ObjectMapper JSON_READER = new ObjectMapper()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static final List<String> HASHED_FIELDS = List.of("aggregateType", "aggregateId", "sequenceNumber",
        "eventId", "timestamp", "payloadType", "payloadRevision", "metaData", "payload");

    @Test
    void givenSignedContract_whenAuditorReadsItsHistory_thenEveryHashRecomputesFromTheEntryAlone() throws Exception {
        String key = UUID.randomUUID().toString();
        String id = signedContract(key);

        JsonNode history = JSON_READER.readTree(service.http().retrieve(HttpRequest.GET("/contracts/" + id
            + "/history").bearerAuth(AUDITOR), String.class)).get("events");

        assertEquals(4, history.size(), history.toString());
        assertTrue(history.toString().contains(":null"), "fields recorded as null are shown as null: " + history);
        assertChainRecomputes(history);
        JsonNode created = history.get(0);
        assertEquals(List.of("org.socialgov.contract.api.ContractDraftCreatedEvent", "draft-" + key, TRACEPARENT,
                "req-" + key),
            List.of(created.get("payloadType").asText(), created.get("idempotencyKey").asText(),
                created.get("traceparent").asText(), created.get("requestId").asText()));
        assertTrue(created.get("timestamp").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
            created.toString());
        assertNull(created.get("clientId"), "a person acted, no machine client");
    }

    @Test
    void givenSignedContract_whenAuditorExports_thenEveryLineRecomputesAndTheExportIsNotCached() throws Exception {
        String id = signedContract(UUID.randomUUID().toString());

        HttpResponse<String> export = service.http().exchange(HttpRequest.GET("/audit/contracts/events")
            .accept("application/x-ndjson").bearerAuth(AUDITOR), String.class);

        assertEquals("no-store", export.header(HttpHeaders.CACHE_CONTROL));
        assertNull(export.header(HttpHeaders.EXPIRES));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : export.body().split("\n")) {
            JsonNode event = JSON_READER.readTree(line);
            if (id.equals(event.get("aggregateId").asText())) {
                lines.add(event);
            }
        }
        assertEquals(4, lines.size());
        assertChainRecomputes(JSON_READER.valueToTree(lines));
    }

    /** Each entry's hash recomputes from the entry, and each links to the hash of the one before it. */
    private static void assertChainRecomputes(JsonNode entries) throws Exception {
        String previous = "0".repeat(64);
        for (JsonNode entry : entries) {
            assertEquals(previous, entry.get("previousHash").asText(), entry.toString());
            assertEquals(entry.get("hash").asText(), recomputedHash(entry), entry.toString());
            previous = entry.get("hash").asText();
        }
    }

    /**
     * The recipe: the entry's hashed fields as one JSON object, keys sorted at every depth, no whitespace, numbers in
     * plain notation; SHA-256 of the previous hash, a line feed and that text, in UTF-8, as lowercase hex.
     */
    private static String recomputedHash(JsonNode entry) throws Exception {
        ObjectNode form = JSON_READER.createObjectNode();
        for (String field : HASHED_FIELDS) {
            form.set(field, entry.has(field) ? entry.get(field) : NullNode.getInstance());
        }
        String canonical = JSON_READER.writeValueAsString(sorted(form));
        byte[] digest = MessageDigest.getInstance("SHA-256").digest((entry.get("previousHash").asText() + "\n"
            + canonical).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> iterator = node.fields();
            iterator.forEachRemaining(field -> fields.put(field.getKey(), sorted(field.getValue())));
            ObjectNode result = JSON_READER.createObjectNode();
            fields.forEach(result::set);
            return result;
        }
        if (node.isArray()) {
            var result = JSON_READER.createArrayNode();
            node.forEach(element -> result.add(sorted(element)));
            return result;
        }
        return node;
    }

    /** Created with a trace, an idempotency key and a request id, then signed by both parties (4 events). */
    private static String signedContract(String key) {
        String id = (String) service.http().retrieve(post("", ContractFixtures.draftRequestJson(), MANAGER)
            .header("Idempotency-Key", "draft-" + key).header("traceparent", TRACEPARENT)
            .header("X-Request-Id", "req-" + key), JSON).get("contractId");
        service.http().retrieve(post(id + "/signatures",
            "{\"party\":\"CLIENT\",\"signatoryName\":\"Hanako Yamada\",\"signatoryRole\":\"Head of Legal\"}", MANAGER),
            JSON);
        service.http().retrieve(post(id + "/signatures",
            "{\"party\":\"PROVIDER\",\"signatoryName\":\"Ken Blue\",\"signatoryRole\":\"CEO\"}", AGENCY), JSON);
        return id;
    }
}
