package org.socialgov.platform.idempotency;

import java.util.Map;
import java.util.Objects;

import org.bson.Document;
import org.socialgov.platform.identity.AuditMetaData;
import org.socialgov.platform.identity.RequestIdentity;

/**
 * The caller an Idempotency-Key belongs to: a key is its caller's own, so the same key sent by two callers is two
 * keys, and one caller's retry can never be answered with another's outcome. The caller is the tenant, the subject
 * and, when a machine client acts, its client id (an agency's own tool and an admin's client acting as that agency
 * share the subject, the agency).
 */
record KeyOwner(String tenant, String actor, String clientId) {

    static KeyOwner of(RequestIdentity identity) {
        return new KeyOwner(identity.tenant(), identity.actor(), identity.clientId());
    }

    /** The {@code _id} of the key's record: a document of its parts, so no two callers' keys can share one. */
    Document recordId(String key) {
        Document id = new Document("tenant", tenant).append("actor", actor);
        if (clientId != null) {
            id.append("clientId", clientId);
        }
        return id.append("key", key);
    }

    /** Whether an event with this audit metadata was caused by this caller: same tenant, subject and client. */
    boolean caused(Map<String, Object> metaData) {
        return actorCaused(metaData) && Objects.equals(clientId, metaData.get(AuditMetaData.CLIENT_ID));
    }

    /** Whether an event was caused by this caller's subject in its tenant, whichever client acted, if any. */
    boolean actorCaused(Map<String, Object> metaData) {
        return tenant.equals(metaData.get(AuditMetaData.TENANT)) && actor.equals(metaData.get(AuditMetaData.ACTOR));
    }
}
