package org.socialgov.contract.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;
import org.bson.Document;

/** The active contracts the service's scheduled processes look at, read from the contract summaries. */
@Singleton
public class ActiveContracts {

    /** An active contract: its id and its company. */
    public record ActiveContract(String id, String client) {
    }

    private final ContractSummaries summaries;

    public ActiveContracts(ContractSummaries summaries) {
        this.summaries = summaries;
    }

    /** The active contracts whose term ended before {@code day}. */
    public List<ActiveContract> termEndedBefore(LocalDate day) {
        List<ActiveContract> found = new ArrayList<>();
        for (Document contract : summaries.collection().find(and(eq(ContractSummaries.STATUS, "ACTIVE"),
            lt(ContractSummaries.TERM_END, day.toString())))) {
            found.add(new ActiveContract(contract.getString(ContractSummaries.ID),
                contract.getString(ContractSummaries.CLIENT)));
        }
        return found;
    }
}
