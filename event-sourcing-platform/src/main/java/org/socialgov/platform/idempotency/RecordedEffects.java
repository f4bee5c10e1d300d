package org.socialgov.platform.idempotency;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.regex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import jakarta.inject.Singleton;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.bson.Document;
import org.socialgov.platform.audit.StoredEvent;
import org.socialgov.platform.audit.StoredEventLog;
import org.socialgov.platform.identity.AuditMetaData;

/**
 * The events a request caused, found on the record by the Idempotency-Key, tenant and caller its events carry in
 * their metadata. Asked only when a request failed or a process died while holding a key, so it may scan: a rare,
 * bounded search from the moment the key was claimed.
 */
@Singleton
class RecordedEffects {

    private static final EventEntryConfiguration FIELDS = EventEntryConfiguration.getDefault();
    /** Allowance for clocks of different service replicas: events may be stamped a little before the claim. */
    private static final long CLOCK_SKEW_SECONDS = 60;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> META_DATA = new TypeReference<>() {
    };

    private final MongoCollection<Document> events;

    RecordedEffects(MongoDatabase database) {
        this.events = database.getCollection(StoredEventLog.COLLECTION);
    }

    /**
     * The first event caused with this key in this tenant since the given moment by the caller the metadata test
     * accepts: the key's owner, since another caller's same key is another key.
     */
    Optional<StoredEvent> firstCausedBy(String tenant, String idempotencyKey, Instant since,
                                        Predicate<Map<String, Object>> byCaller) {
        for (Document found : events.find(and(
                gte(FIELDS.timestampProperty(), DateTimeUtils.formatInstant(since.minusSeconds(CLOCK_SKEW_SECONDS))),
                regex(FIELDS.metaDataProperty(), entry(AuditMetaData.IDEMPOTENCY_KEY, idempotencyKey)),
                regex(FIELDS.metaDataProperty(), entry(AuditMetaData.TENANT, tenant))))
            .sort(Sorts.ascending(FIELDS.timestampProperty()))) {
            StoredEvent event = StoredEvent.from(found);
            if (byCaller.test(metaData(event))) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }

    private static Map<String, Object> metaData(StoredEvent event) {
        try {
            return JSON.readValue(event.metaDataJson(), META_DATA);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable metadata of event " + event.eventId(), e);
        }
    }

    /** The metadata entry as the JSON serializer writes it, matched literally. */
    private static Pattern entry(String name, String value) {
        return Pattern.compile(Pattern.quote("\"" + name + "\":\""
            + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\""));
    }
}
