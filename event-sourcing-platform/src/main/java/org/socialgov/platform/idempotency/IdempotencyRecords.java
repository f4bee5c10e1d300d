package org.socialgov.platform.idempotency;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.regex;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.socialgov.platform.audit.StoredEventLog;
import org.socialgov.problem.ProblemType;

/**
 * The answers given to idempotent requests, per tenant and key, in the service's database. A key is claimed by
 * inserting it (the unique {@code _id} settles races between retries), then completed with the response.
 */
@Singleton
class IdempotencyRecords {

    static final ProblemType OUTCOME_LOST = new ProblemType("idempotency-key-outcome-lost",
        "The request with this Idempotency-Key was carried out, but its answer was lost", HttpStatus.CONFLICT);

    private final MongoCollection<Document> collection;
    private final MongoCollection<Document> events;

    IdempotencyRecords(MongoDatabase database) {
        this.collection = database.getCollection("idempotency_keys");
        this.events = database.getCollection(StoredEventLog.COLLECTION);
    }

    /** Claims the key for this request; empty if it was free, else what is recorded under it. */
    Optional<Document> claim(String id, String requestHash) {
        try {
            collection.insertOne(new Document("_id", id).append("requestHash", requestHash)
                .append("state", "IN_PROGRESS").append("createdAt", Instant.now().toString()));
            return Optional.empty();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return Optional.ofNullable(collection.find(eq("_id", id)).first());
        }
    }

    void complete(String id, int status, String body, Map<String, String> headers) {
        collection.updateOne(eq("_id", id), new Document("$set", new Document("state", "DONE")
            .append("status", status).append("body", body).append("headers", new Document(Map.copyOf(headers)))));
    }

    void completeWithProblem(String id, ProblemType type, String detail) {
        collection.updateOne(eq("_id", id), new Document("$set", new Document("state", "DONE")
            .append("status", type.status().getCode()).append("problem", new Document("slug", type.slug())
                .append("title", type.title()).append("detail", detail))));
    }

    /**
     * Settles the key of a request that failed: if the request nevertheless recorded events (the store took them but
     * its acknowledgement was lost, say), a retry is told so rather than carrying the request out a second time;
     * otherwise the key is freed so that a retry runs again. The request is known by the id the gateway gave it, which
     * every event it caused carries in its metadata.
     */
    void settleFailure(String id, String requestId) {
        boolean carriedOut = requestId != null && events.find(regex("serializedMetaData", Pattern.quote(requestId)))
            .limit(1).first() != null;
        if (carriedOut) {
            completeWithProblem(id, OUTCOME_LOST, "The first request with this Idempotency-Key was carried out, but"
                + " its answer was lost; read the resource to see the result");
        } else {
            release(id);
        }
    }

    /** Frees the key after a failure that changed nothing, so that a retry runs again. */
    void release(String id) {
        collection.deleteOne(eq("_id", id));
    }
}
