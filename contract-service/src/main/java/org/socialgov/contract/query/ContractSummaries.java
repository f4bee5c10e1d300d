package org.socialgov.contract.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.socialgov.contract.domain.ContractDeadlines;

/**
 * The read model behind contract lists: one document per contract in {@code contract_summaries}, written only by
 * {@link ContractSummaryProjection}. Dates are ISO strings, so that ranges compare as text.
 * <p>
 * Each contract holds its place in two lists, in the order the contracts were created: its company's
 * ({@link #LIST_KEY}) and its company's with its provider ({@link #PROVIDER_LIST_KEY}). A place is a dense ordinal
 * ({@link ContractListOrdinals}), and its key, list and ordinal in one unique field, is what lets the embedded store
 * serve a page of a list by index ({@code $in} the next keys) rather than by reading every contract.
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
    static final String AUTO_RENEWAL = "autoRenewal";
    static final String NOTICE_GIVEN_ON = "nonRenewalNoticeGivenOn";
    /** The term of the open amendment: the contract's term once the amendment is accepted. */
    static final String PROPOSED_TERM = "proposedTerm";
    /** The renewal cancel-by date ({@link SummaryTerms#cancelBy}); present, null when there is none. */
    static final String CANCEL_BY = "cancelBy";
    /** The keys of the deadline reminders of the current term recorded ({@link ContractDeadlines}); absent: none. */
    static final String CANCEL_BY_REMINDED = "cancelByReminded";
    static final String TERM_END_REMINDED = "termEndReminded";
    /** The sequence number of the last event applied: what makes the projection idempotent. */
    static final String VERSION = "version";
    static final String LIST_ORDINAL = "listOrdinal";
    static final String LIST_KEY = "listKey";
    static final String PROVIDER_LIST_ORDINAL = "providerListOrdinal";
    static final String PROVIDER_LIST_KEY = "providerListKey";

    private final MongoCollection<Document> collection;
    private final MongoCollection<Document> listCounters;
    /**
     * Whether the store holds summaries written by an earlier form of the projection, without list places or without
     * cancel-by dates (read before any processor starts).
     */
    private final boolean outdated;

    public ContractSummaries(MongoDatabase database) {
        this.collection = database.getCollection("contract_summaries");
        this.listCounters = database.getCollection("contract_list_counters");
        // Sparse: summaries written before list places existed have no keys until the projection is rebuilt.
        collection.createIndex(Indexes.ascending(LIST_KEY), new IndexOptions().unique(true).sparse(true)
            .name("uniqueListKeyIndex"));
        collection.createIndex(Indexes.ascending(PROVIDER_LIST_KEY), new IndexOptions().unique(true).sparse(true)
            .name("uniqueProviderListKeyIndex"));
        // The projection writes a company's first counter with its first summary: summaries without any counter
        // were written before places existed. Every summary has a cancel-by field, null or not, since it exists; a
        // rebuild rewrites them all, so the first one tells.
        Document first = collection.find().first();
        this.outdated = first != null && (listCounters.find().first() == null || !first.containsKey(CANCEL_BY));
    }

    MongoCollection<Document> collection() {
        return collection;
    }

    /** The last ordinal handed out in each list, by the list's id ({@link ListOrder#listId}). */
    MongoCollection<Document> listCounters() {
        return listCounters;
    }

    boolean outdated() {
        return outdated;
    }
}
