package org.socialgov.incident.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.socialgov.incident.domain.AgencyContract;
import org.socialgov.incident.domain.AgencyContracts;
import org.socialgov.platform.upstream.UpstreamCatchUp;

/**
 * The agencies' contracts as this service knows them: {@code agency_contracts}, one document per contract, written
 * only by {@link AgencyContractProjection}.
 */
@Singleton
public class KnownAgencyContracts implements AgencyContracts {

    public static final String PROCESSING_GROUP = "contract-facts";

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

    Optional<Document> find(String contractId) {
        return Optional.ofNullable(collection.find(eq("_id", contractId)).first());
    }

    void save(Document contract) {
        collection.replaceOne(eq("_id", contract.get("_id")), contract, new ReplaceOptions().upsert(true));
    }

    /** Records a new contract; a redelivered first event leaves the contract as later events made it. */
    void insertOnce(Document contract) {
        collection.updateOne(eq("_id", contract.get("_id")), new Document("$setOnInsert", contract),
            new UpdateOptions().upsert(true));
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
