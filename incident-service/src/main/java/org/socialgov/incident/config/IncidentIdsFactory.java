package org.socialgov.incident.config;

import static com.mongodb.client.model.Filters.eq;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.function.Predicate;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.incident.domain.Incident;
import org.socialgov.incident.domain.IncidentIds;
import org.socialgov.platform.audit.StoredEventLog;

/**
 * The key incident ids are derived with. It is generated at the first start and kept in the service's own database,
 * beside the incidents whose ids depend on it: a backup or a move of the database takes it along, and no
 * configuration can drift from the data (a changed key would silently stop new reports from meeting the incidents
 * already opened). Several instances starting at once each try to insert a key under the same {@code _id}; the
 * store's unique {@code _id} lets one win, and all of them then use that one.
 * <p>
 * Incidents under legacy (plain-hash) ids can only exist if there were incidents when the key was made, since no
 * incident is opened under a legacy id after that; the key's document says so, and only then does a report look for
 * its post's legacy stream (a read of the store per report). Stop the instances of an older version before the first
 * start of this one, as for any change of how ids are made.
 */
@Factory
public class IncidentIdsFactory {

    static final String COLLECTION = "incident_id_key";
    private static final String KEY_ID = "incident-ids";
    private static final String LEGACY_IDS_POSSIBLE = "legacyIdsPossible";
    private static final int KEY_BYTES = 32;
    private static final Logger LOG = LoggerFactory.getLogger(IncidentIdsFactory.class);

    /**
     * Made at start, not at the first report: generating the key asks the store once whether any incident exists,
     * which the embedded store can only answer by reading the event collection.
     */
    @Context
    IncidentIds incidentIds(MongoDatabase database, StoredEventLog storedEvents, EventStore eventStore) {
        Document key = key(database.getCollection(COLLECTION), storedEvents);
        Predicate<String> recorded = key.getBoolean(LEGACY_IDS_POSSIBLE, true)
            ? incidentId -> eventStore.lastSequenceNumberFor(incidentId).isPresent() : incidentId -> false;
        return new IncidentIds(Base64.getDecoder().decode(key.getString("key")), recorded);
    }

    private static Document key(MongoCollection<Document> keys, StoredEventLog storedEvents) {
        Document stored = keys.find(eq("_id", KEY_ID)).first();
        if (stored == null) {
            byte[] fresh = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(fresh);
            try {
                keys.insertOne(new Document("_id", KEY_ID).append("key", Base64.getEncoder().encodeToString(fresh))
                    .append(LEGACY_IDS_POSSIBLE, anyIncidentRecorded(storedEvents))
                    .append("createdAt", Date.from(Instant.now())));
                LOG.info("Generated the key incident ids are derived with (kept in '{}')", COLLECTION);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            stored = keys.find(eq("_id", KEY_ID)).first();
        }
        return stored;
    }

    private static boolean anyIncidentRecorded(StoredEventLog storedEvents) {
        try (MongoCursor<Document> incidents = storedEvents.recordedBetween(null, null,
            Incident.class.getSimpleName())) {
            return incidents.hasNext();
        }
    }
}
