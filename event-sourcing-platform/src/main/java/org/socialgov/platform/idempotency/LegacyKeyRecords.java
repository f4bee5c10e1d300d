package org.socialgov.platform.idempotency;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import jakarta.inject.Singleton;
import org.bson.Document;
import org.socialgov.platform.audit.StoredEvent;

/**
 * Records kept before Idempotency-Keys were bound to their caller: their {@code _id} is "tenant:key" and they do not
 * say whose request they answered. Honouring them for everyone in the tenant would go on answering one caller's
 * request to another; ignoring them would let a retry that spans the upgrade run a second time. So such a record
 * answers a caller only where the events prove the request was that caller's: the same request (same fingerprint)
 * took effect, and the events carrying its key were caused by the caller's subject (events of that time name no
 * client). Any other request with that key runs as a new one. Consulted when a key is claimed afresh: one read by
 * {@code _id}, and a scan of the events only where such a record exists.
 */
@Singleton
class LegacyKeyRecords {

    private final IdempotencyRecords records;
    private final RecordedEffects effects;

    LegacyKeyRecords(IdempotencyRecords records, RecordedEffects effects) {
        this.records = records;
        this.effects = effects;
    }

    /** The caller's earlier attempt of this very request, if a record from before the binding proves it. */
    Optional<EarlierAttempt> earlierAttempt(KeyOwner owner, String key, String requestHash) {
        return records.find(owner.tenant() + ":" + key)
            .filter(legacy -> requestHash.equals(legacy.getString("requestHash")))
            .flatMap(legacy -> effects.firstCausedBy(owner.tenant(), key, claimedAt(legacy), owner::actorCaused)
                .map(effect -> new EarlierAttempt(legacy, effect)));
    }

    private static Instant claimedAt(Document legacy) {
        Date claimedAt = legacy.getDate("claimedAt");
        return claimedAt == null ? Instant.EPOCH : claimedAt.toInstant();
    }

    /** The record of an attempt and the first event it caused. */
    record EarlierAttempt(Document record, StoredEvent firstEffect) {

        /** Whether its answer was recorded; if not, its process died after the effect and before the answer. */
        boolean answered() {
            return "DONE".equals(record.getString("state"));
        }
    }
}
