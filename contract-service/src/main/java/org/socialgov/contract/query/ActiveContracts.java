package org.socialgov.contract.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.mongodb.client.model.Projections;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.socialgov.contract.domain.ContractDeadlines;

/** The active contracts the service's scheduled processes look at, read from the contract summaries. */
@Singleton
public class ActiveContracts {

    /** An active contract: its id, its company and its deadlines with the reminders of them recorded. */
    public record ActiveContract(String id, String client, ContractDeadlines deadlines) {

        /** Whether its term ended before {@code day}. */
        public boolean termEndedBefore(LocalDate day) {
            return deadlines.termEnd().isBefore(day);
        }
    }

    private final ContractSummaries summaries;

    public ActiveContracts(ContractSummaries summaries) {
        this.summaries = summaries;
    }

    /**
     * The active contracts with a deadline (the term's last day, or the renewal cancel-by date) before {@code day}:
     * one read of the summaries, only the fields a deadline watch needs.
     */
    public List<ActiveContract> withDeadlineBefore(LocalDate day) {
        List<ActiveContract> found = new ArrayList<>();
        String before = day.toString();
        for (Document contract : summaries.collection()
            .find(and(eq(ContractSummaries.STATUS, "ACTIVE"),
                or(lt(ContractSummaries.TERM_END, before), lt(ContractSummaries.CANCEL_BY, before))))
            .projection(Projections.include(ContractSummaries.CLIENT, ContractSummaries.TERM_END,
                ContractSummaries.CANCEL_BY, ContractSummaries.CANCEL_BY_REMINDED,
                ContractSummaries.TERM_END_REMINDED))) {
            found.add(new ActiveContract(contract.getString(ContractSummaries.ID),
                contract.getString(ContractSummaries.CLIENT),
                new ContractDeadlines(SummaryTerms.date(contract, ContractSummaries.CANCEL_BY),
                    SummaryTerms.date(contract, ContractSummaries.TERM_END),
                    keys(contract, ContractSummaries.CANCEL_BY_REMINDED),
                    keys(contract, ContractSummaries.TERM_END_REMINDED))));
        }
        return found;
    }

    private static Set<String> keys(Document contract, String field) {
        List<String> keys = contract.getList(field, String.class);
        return keys == null ? Set.of() : new TreeSet<>(keys);
    }
}
