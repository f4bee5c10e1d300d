package org.socialgov.contract.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.model.Sorts;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.socialgov.contract.api.ListContractsQuery;
import org.socialgov.platform.axon.AxonMessageHandlers;

/** Answers contract lists from the summaries read model, a page at a time in contract id order. */
@AxonMessageHandlers
public class ContractListQueryHandler {

    private final ContractSummaries summaries;

    public ContractListQueryHandler(ContractSummaries summaries) {
        this.summaries = summaries;
    }

    @QueryHandler
    public ContractPage handle(ListContractsQuery query) {
        List<Bson> filters = new ArrayList<>(List.of(eq(ContractSummaries.CLIENT, query.client())));
        if (query.providerViewer() != null) {
            filters.add(eq(ContractSummaries.PROVIDER_ID, query.providerViewer()));
        }
        if (query.status() != null) {
            filters.add(eq(ContractSummaries.STATUS, query.status()));
        }
        if (query.providerId() != null) {
            filters.add(eq(ContractSummaries.PROVIDER_ID, query.providerId()));
        }
        if (query.endsWithinDays() != null) {
            filters.add(gte(ContractSummaries.TERM_END, query.today().toString()));
            filters.add(lte(ContractSummaries.TERM_END, query.today().plusDays(query.endsWithinDays()).toString()));
        }
        if (query.after() != null) {
            filters.add(gt(ContractSummaries.ID, query.after()));
        }
        List<ContractSummary> items = new ArrayList<>();
        summaries.collection().find(and(filters)).sort(Sorts.ascending(ContractSummaries.ID))
            .limit(query.limit() + 1)
            .forEach(document -> items.add(toSummary(document)));
        boolean more = items.size() > query.limit();
        List<ContractSummary> page = more ? items.subList(0, query.limit()) : items;
        return new ContractPage(List.copyOf(page), more ? page.get(page.size() - 1).contractId() : null);
    }

    private static ContractSummary toSummary(Document document) {
        return new ContractSummary(document.getString(ContractSummaries.ID), document.getString(ContractSummaries.TITLE),
            document.getString(ContractSummaries.STATUS), document.getString(ContractSummaries.PROVIDER_ID),
            document.getString(ContractSummaries.PROVIDER_NAME), date(document, ContractSummaries.TERM_START),
            date(document, ContractSummaries.TERM_END), document.get(ContractSummaries.VERSION, Number.class)
            .longValue());
    }

    private static LocalDate date(Document document, String field) {
        String value = document.getString(field);
        return value == null ? null : LocalDate.parse(value);
    }
}
