package org.socialgov.incident.config;

import static com.mongodb.client.model.Filters.eq;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.incident.domain.IncidentIds;

/**
 * The key incident ids are derived with. It is generated at the first start and kept in the service's own database,
 * beside the incidents whose ids depend on it: a backup or a move of the database takes it along, and no
 * configuration can drift from the data (a changed key would silently stop new reports from meeting the incidents
 * already opened). Several instances starting at once each try to insert a key under the same {@code _id}; the
 * store's unique {@code _id} lets one win, and all of them then use that one.
 */
@Factory
public class IncidentIdsFactory {

    static final String COLLECTION = "incident_id_key";
    private static final String KEY_ID = "incident-ids";
    private static final int KEY_BYTES = 32;
    private static final Logger LOG = LoggerFactory.getLogger(IncidentIdsFactory.class);

    @Singleton
    IncidentIds incidentIds(MongoDatabase database, EventStore eventStore) {
        return new IncidentIds(key(database.getCollection(COLLECTION)),
            incidentId -> eventStore.lastSequenceNumberFor(incidentId).isPresent());
    }

    private static byte[] key(MongoCollection<Document> keys) {
        Document stored = keys.find(eq("_id", KEY_ID)).first();
        if (stored == null) {
            byte[] fresh = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(fresh);
            try {
                keys.insertOne(new Document("_id", KEY_ID).append("key", Base64.getEncoder().encodeToString(fresh))
                    .append("createdAt", Date.from(Instant.now())));
                LOG.info("Generated the key incident ids are derived with (kept in '{}')", COLLECTION);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            stored = keys.find(eq("_id", KEY_ID)).first();
        }
        return Base64.getDecoder().decode(stored.getString("key"));
    }
}
