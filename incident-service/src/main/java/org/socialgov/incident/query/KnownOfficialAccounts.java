package org.socialgov.incident.query;

import static com.mongodb.client.model.Filters.eq;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.socialgov.incident.api.SocialPlatform;
import org.socialgov.incident.domain.OfficialAccountHandle;
import org.socialgov.incident.domain.OfficialAccounts;
import org.socialgov.platform.projection.ReadModelWrites;
import org.socialgov.platform.upstream.UpstreamCatchUp;

/**
 * The company's official accounts as this service knows them: {@code official_accounts}, one document per account
 * with the periods it was official in, written only by {@link OfficialAccountProjection}.
 */
@Singleton
public class KnownOfficialAccounts implements OfficialAccounts {

    public static final String PROCESSING_GROUP = "official-account-facts";
    static final String VERSION = "version";

    private final MongoCollection<Document> collection;
    private final UpstreamCatchUp catchUp;

    public KnownOfficialAccounts(MongoDatabase database, UpstreamCatchUp catchUp) {
        this.collection = database.getCollection("official_accounts");
        this.catchUp = catchUp;
    }

    @Override
    public List<OfficialAccountHandle> activeOn(String tenant, LocalDate day) {
        List<OfficialAccountHandle> active = new ArrayList<>();
        for (Document account : collection.find(eq("tenant", tenant))) {
            if (account.getList("periods", Document.class).stream().anyMatch(period -> covers(period, day))) {
                active.add(new OfficialAccountHandle(SocialPlatform.valueOf(account.getString("platform")),
                    account.getString("normalisedHandle"), account.getString("handle")));
            }
        }
        return active;
    }

    @Override
    public List<OfficialAccountHandle> confirmedActiveOn(String tenant, LocalDate day) {
        catchUp.awaitCaughtUp(PROCESSING_GROUP);
        return activeOn(tenant, day);
    }

    /** The projection's writes, a batch of policy-service's events at a time; each account holds its version. */
    ReadModelWrites writes() {
        return ReadModelWrites.to(collection, VERSION);
    }

    void clear() {
        collection.deleteMany(new Document());
    }

    /** Official from its first day (inclusive) until its retirement day (exclusive), as in policy-service. */
    private static boolean covers(Document period, LocalDate day) {
        String retiredOn = period.getString("retiredOn");
        return !day.isBefore(LocalDate.parse(period.getString("since")))
            && (retiredOn == null || day.isBefore(LocalDate.parse(retiredOn)));
    }
}
