package org.socialgov.incident.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.socialgov.incident.api.IncidentCategory;
import org.socialgov.incident.api.IncidentStatus;
import org.socialgov.incident.api.Sentiment;
import org.socialgov.incident.api.Severity;
import org.socialgov.incident.api.SocialPlatform;

/**
 * The read model behind incident lists and the due-soon and overdue lists: one document per incident in
 * {@code incident_summaries}, written only by {@link IncidentSummaryProjection}. Instants are epoch milliseconds, so
 * they compare as numbers.
 */
@Singleton
public class IncidentSummaries {

    static final String ID = "_id";
    static final String TENANT = "tenant";
    static final String STATUS = "status";
    static final String PLATFORM = "platform";
    static final String CATEGORY = "category";
    static final String SENTIMENT = "sentiment";
    static final String SEVERITY = "severity";
    /** Everyone who reported the post: the first reporter and each sighting's. */
    static final String REPORTERS = "reporters";
    static final String REPORTED_AT = "reportedAt";
    static final String NEXT_DUE_BY = "nextDueBy";
    static final String SIGHTINGS = "sightings";
    static final String MERGED_INTO = "mergedInto";
    /** When the incident was first triaged and its response first decided: the statistics' times. */
    static final String FIRST_TRIAGED_AT = "firstTriagedAt";
    static final String FIRST_DECIDED_AT = "firstDecidedAt";
    /** The sequence number of the last event applied: what makes the projection idempotent. */
    static final String VERSION = "version";

    private final MongoCollection<Document> collection;

    public IncidentSummaries(MongoDatabase database) {
        this.collection = database.getCollection("incident_summaries");
    }

    MongoCollection<Document> collection() {
        return collection;
    }

    /**
     * A page of the tenant's incidents, newest first and then by descending id: only those {@code reporter} reported
     * when given, only those {@code filter} keeps (due soon or overdue placed at {@code now}), and only those after
     * {@code after} (the end of the previous page) when given. At most a page and one more are read: the one more
     * says whether there is a next page.
     * <p>
     * On MongoDB the index {@code {tenant: 1, reportedAt: -1, _id: -1}} serves this: the tenant's summaries are walked
     * in list order from the cursor's position (the report days bound the walk), the other filters are checked on
     * each, and the walk stops at the page's last match plus one (a filter that keeps few of many incidents walks
     * further, never beyond the tenant's). The embedded store serves only unique indexes and scans, as it does for
     * every list (ARCHITECTURE.md).
     */
    public IncidentPage page(String tenant, String reporter, IncidentListFilter filter, Instant now, Duration soon,
                             int limit, IncidentListPosition after) {
        List<Bson> filters = new ArrayList<>(List.of(eq(TENANT, tenant)));
        if (reporter != null) {
            filters.add(eq(REPORTERS, reporter));
        }
        filters.addAll(filter.conditions(now, soon));
        if (after != null) {
            long reportedAt = after.reportedAt().toEpochMilli();
            filters.add(or(lt(REPORTED_AT, reportedAt), and(eq(REPORTED_AT, reportedAt), lt(ID, after.incidentId()))));
        }
        List<IncidentSummary> found = new ArrayList<>();
        collection.find(and(filters)).sort(Sorts.descending(REPORTED_AT, ID)).limit(limit + 1).forEach(document ->
            found.add(new IncidentSummary(document.getString(ID), IncidentStatus.valueOf(document.getString(STATUS)),
                SocialPlatform.valueOf(document.getString(PLATFORM)),
                IncidentCategory.valueOf(document.getString(CATEGORY)),
                Sentiment.valueOf(document.getString(SENTIMENT)), Severity.valueOf(document.getString(SEVERITY)),
                instant(document.getLong(REPORTED_AT)), instant(document.getLong(NEXT_DUE_BY)),
                document.getInteger(SIGHTINGS, 1), document.getString(MERGED_INTO))));
        boolean more = found.size() > limit;
        List<IncidentSummary> page = more ? found.subList(0, limit) : found;
        IncidentSummary last = more ? page.get(page.size() - 1) : null;
        return new IncidentPage(List.copyOf(page),
            last == null ? null : new IncidentListPosition(last.reportedAt(), last.incidentId()));
    }

    static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
