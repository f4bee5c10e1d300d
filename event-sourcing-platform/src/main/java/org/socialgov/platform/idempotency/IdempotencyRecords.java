package org.socialgov.platform.idempotency;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.socialgov.problem.ProblemType;

/**
 * The answers given to idempotent requests, per tenant and key, in the service's database. A key is claimed by
 * inserting it (the unique {@code _id} settles races between retries), then completed with the response.
 */
@Singleton
class IdempotencyRecords {

    private final MongoCollection<Document> collection;

    IdempotencyRecords(MongoDatabase database) {
        this.collection = database.getCollection("idempotency_keys");
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

    /** Frees the key after a failure that changed nothing, so that a retry runs again. */
    void release(String id) {
        collection.deleteOne(eq("_id", id));
    }
}
