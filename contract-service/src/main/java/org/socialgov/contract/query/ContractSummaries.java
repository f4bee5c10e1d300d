package org.socialgov.contract.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import jakarta.inject.Singleton;
import org.bson.Document;

/**
 * The read model behind contract lists: one document per contract in {@code contract_summaries}, written only by
 * {@link ContractSummaryProjection}. Dates are ISO strings, so that ranges compare as text.
 */
@Singleton
public class ContractSummaries {

    static final String ID = "_id";
    static final String CLIENT = "client";
    static final String TITLE = "title";
    static final String STATUS = "status";
    static final String PROVIDER_ID = "providerId";
    static final String PROVIDER_NAME = "providerName";
    static final String TERM_START = "termStart";
    static final String TERM_END = "termEnd";
    /** The sequence number of the last event applied: what makes the projection idempotent. */
    static final String VERSION = "version";

    private final MongoCollection<Document> collection;

    public ContractSummaries(MongoDatabase database) {
        this.collection = database.getCollection("contract_summaries");
    }

    MongoCollection<Document> collection() {
        return collection;
    }
}
