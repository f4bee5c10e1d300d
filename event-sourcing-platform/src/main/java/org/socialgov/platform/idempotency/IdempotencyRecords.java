package org.socialgov.platform.idempotency;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.socialgov.problem.ProblemType;

/**
 * The answers given to idempotent requests, per caller and key ({@link KeyOwner#recordId}), in the service's
 * database. A key is claimed by inserting it (the unique {@code _id} settles races between retries), then completed
 * with the response.
 * <p>
 * A claim names the process that holds it: a process killed in mid-request leaves its claim unfinished, and once
 * that claim is older than any request can take ({@code socialgov.idempotency.abandoned-after}), another process
 * may take it over. A claim also names its attempt, so that a claim can be released after a failure that left it
 * unknown whether the store took it (a lost acknowledgement) without touching a later attempt's claim.
 */
@Singleton
class IdempotencyRecords {

    static final String IN_PROGRESS = "IN_PROGRESS";

    private final MongoCollection<Document> collection;
    private final Duration abandonedAfter;
    private final String owner = UUID.randomUUID().toString();

    IdempotencyRecords(MongoDatabase database,
                       @Value("${socialgov.idempotency.abandoned-after:30s}") Duration abandonedAfter) {
        this.collection = database.getCollection("idempotency_keys");
        this.abandonedAfter = abandonedAfter;
    }

    /** Claims the key for this attempt of the request; empty if it was free, else what is recorded under it. */
    Optional<Document> claim(Document id, String requestHash, String attempt) {
        try {
            collection.insertOne(new Document("_id", id).append("requestHash", requestHash)
                .append("state", IN_PROGRESS).append("owner", owner).append("attempt", attempt)
                .append("claimedAt", new Date()));
            return Optional.empty();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return find(id);
        }
    }

    Optional<Document> find(Object id) {
        return Optional.ofNullable(collection.find(eq("_id", id)).first());
    }

    /** Whether an unfinished claim was left by another process long enough ago that its request cannot be running. */
    boolean isAbandoned(Document recorded) {
        Date claimedAt = recorded.getDate("claimedAt");
        return IN_PROGRESS.equals(recorded.getString("state")) && !owner.equals(recorded.getString("owner"))
            && claimedAt != null && claimedAt.toInstant().isBefore(Instant.now().minus(abandonedAfter));
    }

    /** Takes an abandoned claim over for this process and attempt; false if another retry took it first. */
    boolean takeOver(Document abandoned, String attempt) {
        return collection.updateOne(and(eq("_id", abandoned.get("_id")), eq("state", IN_PROGRESS),
                eq("owner", abandoned.getString("owner")), eq("claimedAt", abandoned.getDate("claimedAt"))),
            new Document("$set", new Document("owner", owner).append("attempt", attempt)
                .append("claimedAt", new Date())))
            .getModifiedCount() == 1;
    }

    void complete(Document id, int status, String body, Map<String, String> headers) {
        collection.updateOne(eq("_id", id), new Document("$set", new Document("state", "DONE")
            .append("status", status).append("body", body).append("headers", new Document(Map.copyOf(headers)))));
    }

    /** Completes the key with the answer another record holds (status, body, headers or problem). */
    void completeAs(Document id, Document answered) {
        Document answer = new Document("state", "DONE").append("status", answered.getInteger("status"));
        for (String field : new String[] {"body", "headers", "problem"}) {
            if (answered.containsKey(field)) {
                answer.append(field, answered.get(field));
            }
        }
        collection.updateOne(eq("_id", id), new Document("$set", answer));
    }

    void completeWithProblem(Document id, ProblemType type, String detail) {
        collection.updateOne(eq("_id", id), new Document("$set", new Document("state", "DONE")
            .append("status", type.status().getCode()).append("problem", new Document("slug", type.slug())
                .append("title", type.title()).append("detail", detail))));
    }

    /**
     * Frees the key after a failure of this attempt that changed nothing, so that a retry runs again; a claim of
     * another attempt, or none at all (the claim itself never reached the store), is left as it is.
     */
    void release(Document id, String attempt) {
        collection.deleteOne(and(eq("_id", id), eq("state", IN_PROGRESS), eq("attempt", attempt)));
    }
}
