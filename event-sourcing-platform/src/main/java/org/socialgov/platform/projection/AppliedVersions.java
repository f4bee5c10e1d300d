package org.socialgov.platform.projection;

import static com.mongodb.client.model.Filters.eq;

import java.util.Optional;

import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * The guard that makes a projection idempotent (ARCHITECTURE.md, decision 1): each read-model document records the
 * sequence number of the last event of its aggregate it applied, and an event at or below it is not applied again.
 * <p>
 * The document is looked up by {@code _id} alone and then written by {@code _id} alone: a filter on {@code _id} and
 * the version together is a shape the embedded store answers by reading every document of the read model. Reading
 * first and writing second is safe because a read model has one writer, its processor's single thread.
 */
public final class AppliedVersions {

    private AppliedVersions() {
    }

    /** The document, if it exists and has not applied the event at {@code sequence} yet. */
    public static Optional<Document> awaiting(MongoCollection<Document> readModel, Object id, String versionField,
                                              long sequence) {
        return Optional.ofNullable(readModel.find(eq("_id", id)).first())
            .filter(document -> document.get(versionField) instanceof Number applied
                && applied.longValue() < sequence);
    }
}
