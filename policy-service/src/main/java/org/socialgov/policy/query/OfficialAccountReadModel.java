package org.socialgov.policy.query;

import java.time.LocalDate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import jakarta.inject.Singleton;
import org.bson.Document;

/**
 * The read model behind lists of official accounts: one document per account in {@code official_accounts}, written
 * only by {@link OfficialAccountProjection}. The latest period's fields sit at the top for simple reads; every
 * period, the latest last, is in {@code periods}, so that "which accounts were official on that day" can be
 * answered for any day. Dates are ISO strings.
 */
@Singleton
public class OfficialAccountReadModel {

    static final String ID = "_id";
    static final String TENANT = "tenant";
    static final String PLATFORM = "platform";
    static final String NORMALISED_HANDLE = "normalisedHandle";
    static final String HANDLE = "handle";
    static final String URL = "url";
    static final String PURPOSE = "purpose";
    static final String SINCE = "since";
    static final String RETIRED_ON = "retiredOn";
    static final String PERIODS = "periods";
    /** The sequence number of the last event applied: what makes the projection idempotent. */
    static final String VERSION = "version";

    private final MongoCollection<Document> collection;

    public OfficialAccountReadModel(MongoDatabase database) {
        this.collection = database.getCollection("official_accounts");
    }

    MongoCollection<Document> collection() {
        return collection;
    }

    static LocalDate date(String isoDate) {
        return isoDate == null ? null : LocalDate.parse(isoDate);
    }
}
