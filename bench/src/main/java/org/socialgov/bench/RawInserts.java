package org.socialgov.bench;

import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import org.bson.Document;
import org.bson.RawBsonDocument;

/**
 * The store's own pace, the yardstick for the command path: copies of a stored event document (same fields, same
 * size) inserted with the MongoDB driver one per call by the same number of clients, into a scratch collection of
 * the same database with the same indexes as the event collection.
 */
final class RawInserts {

    private static final String COLLECTION = "bench_raw_inserts";

    private final MongoCollection<Document> target;
    private final Document template;
    private final int templateBytes;

    private RawInserts(MongoCollection<Document> target, Document template, int templateBytes) {
        this.target = target;
        this.template = template;
        this.templateBytes = templateBytes;
    }

    /** Prepares a scratch collection shaped like {@code events}, with {@code sample} as the document to copy. */
    static RawInserts like(MongoDatabase database, MongoCollection<Document> events, Document filter) {
        RawBsonDocument sample = events.withDocumentClass(RawBsonDocument.class).find(filter).first();
        if (sample == null) {
            throw new IllegalStateException("No stored event matches " + filter.toJson());
        }
        MongoCollection<Document> target = database.getCollection(COLLECTION);
        if (database.listCollectionNames().into(new ArrayList<>()).contains(COLLECTION)) {
            target.drop();
        }
        for (Document index : events.listIndexes()) {
            if (!"_id_".equals(index.getString("name"))) {
                target.createIndex(index.get("key", Document.class), new IndexOptions()
                    .unique(index.getBoolean("unique", false)));
            }
        }
        Document template = Document.parse(sample.toJson());
        template.remove("_id");
        return new RawInserts(target, template, sample.getByteBuffer().remaining());
    }

    int documentBytes() {
        return templateBytes;
    }

    /** Inserts {@code count} copies with {@code clients} concurrent clients; answers inserts per second. */
    double insert(int count, int clients) {
        AtomicLong claimed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            pool.submit(() -> {
                while (claimed.incrementAndGet() <= count) {
                    target.insertOne(copy());
                }
            });
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("Raw inserts did not finish within 10 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long stored = target.countDocuments();
        if (stored < count) {
            throw new IllegalStateException("Only " + stored + " of " + count + " raw inserts were stored");
        }
        return count / seconds;
    }

    void drop() {
        target.drop();
    }

    /** A copy under a new aggregate and event identity, so that the unique indexes accept it as a new event. */
    private Document copy() {
        Document copy = new Document(template);
        String id = UUID.randomUUID().toString();
        copy.put("aggregateIdentifier", id);
        copy.put("eventIdentifier", id);
        return copy;
    }
}
