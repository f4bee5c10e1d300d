package org.socialgov.incident.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.socialgov.incident.domain.AgencyContract;
import org.socialgov.incident.domain.AgencyContracts;
import org.socialgov.platform.projection.ReadModelWrites;
import org.socialgov.platform.upstream.UpstreamCatchUp;

/**
 * The agencies' contracts as this service knows them: {@code agency_contracts}, one document per contract, written
 * only by {@link AgencyContractProjection}.
 */
@Singleton
public class KnownAgencyContracts implements AgencyContracts {

    public static final String PROCESSING_GROUP = "contract-facts";
    static final String VERSION = "version";

    private final MongoCollection<Document> collection;
    private final UpstreamCatchUp catchUp;

    public KnownAgencyContracts(MongoDatabase database, UpstreamCatchUp catchUp) {
        this.collection = database.getCollection("agency_contracts");
        this.catchUp = catchUp;
    }

    @Override
    public List<AgencyContract> known(String tenant, String agency) {
        return collection.find(and(eq("tenant", tenant), eq("agency", agency))).map(KnownAgencyContracts::toContract)
            .into(new ArrayList<>());
    }

    @Override
    public List<AgencyContract> confirmed(String tenant, String agency) {
        catchUp.awaitCaughtUp(PROCESSING_GROUP);
        return known(tenant, agency);
    }

    /** The projection's writes, a batch of contract-service's events at a time; each contract holds its version. */
    ReadModelWrites writes() {
        return ReadModelWrites.to(collection, VERSION);
    }

    void clear() {
        collection.deleteMany(new Document());
    }

    private static AgencyContract toContract(Document contract) {
        List<AgencyContract.ScopeFrom> scope = contract.getList("scope", Document.class).stream()
            .map(change -> new AgencyContract.ScopeFrom(date(change.getString("from")),
                change.getBoolean("mentionMonitoring")))
            .toList();
        return new AgencyContract(contract.getString("_id"), date(contract.getString("inForceFrom")),
            date(contract.getString("noLongerInForceFrom")), scope);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
