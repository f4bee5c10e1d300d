package org.socialgov.policy.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import jakarta.inject.Singleton;
import org.bson.Document;

/**
 * The read model behind policy lists and the overdue-review list: one document per policy in
 * {@code policy_summaries}, written only by {@link PolicySummaryProjection}. Dates are ISO strings, so they compare
 * as text.
 */
@Singleton
public class PolicySummaries {

    static final String ID = "_id";
    static final String TENANT = "tenant";
    static final String TITLE = "title";
    static final String LATEST_PUBLISHED = "latestPublishedVersion";
    static final String NEXT_REVIEW_DUE = "nextReviewDue";
    /** The due day of the review whose overdue notice is recorded: the reminder watch has nothing more to ask. */
    static final String OVERDUE_NOTICE_FOR = "reviewOverdueNoticeFor";
    /** The sequence number of the last event applied: what makes the projection idempotent. */
    static final String VERSION = "version";

    private final MongoCollection<Document> collection;

    public PolicySummaries(MongoDatabase database) {
        this.collection = database.getCollection("policy_summaries");
    }

    MongoCollection<Document> collection() {
        return collection;
    }

    /** The tenant's policies, only those whose review date has passed when {@code overdueOn} is given. */
    public List<PolicySummary> of(String tenant, LocalDate overdueOn) {
        List<PolicySummary> found = new ArrayList<>();
        collection.find(overdueOn == null ? eq(TENANT, tenant)
                : and(eq(TENANT, tenant), lt(NEXT_REVIEW_DUE, overdueOn.toString())))
            .sort(Sorts.ascending(TITLE))
            .forEach(document -> found.add(new PolicySummary(document.getString(ID), document.getString(TITLE),
                document.getInteger(LATEST_PUBLISHED), LocalDate.parse(document.getString(NEXT_REVIEW_DUE)))));
        return found;
    }
}
