package org.socialgov.contract.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;

import com.mongodb.client.model.Sorts;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.socialgov.contract.api.ListContractsQuery;
import org.socialgov.platform.axon.AxonMessageHandlers;
import org.socialgov.platform.web.PageCursor;

/**
 * Answers contract lists from the summaries read model, a page at a time in creation order: the order of the places
 * the contracts hold in their company's list, or, for an agency and the provider filter, in their company's list with
 * that provider ({@link ListOrder}). The cursor is the last contract of the previous page; its place is where the
 * next page starts.
 * <p>
 * Unfiltered, a page is read by key, {@code $in} the places that follow the cursor's, which the embedded store serves
 * by its unique index whatever the number of contracts. Places left empty by contracts assigned away are skipped by
 * reading on until the page is full or the list's last place is passed. Filtered by status or term end, the list
 * reads every contract of the store on the embedded store, in the same order.
 */
@AxonMessageHandlers
public class ContractListQueryHandler {

    private final ContractSummaries summaries;
    private final ContractListOrdinals ordinals;

    public ContractListQueryHandler(ContractSummaries summaries, ContractListOrdinals ordinals) {
        this.summaries = summaries;
        this.ordinals = ordinals;
    }

    @QueryHandler
    public ContractPage handle(ListContractsQuery query) {
        String viewer = query.providerViewer();
        if (viewer != null && query.providerId() != null && !viewer.equals(query.providerId())) {
            return new ContractPage(List.of(), null);
        }
        String provider = viewer != null ? viewer : query.providerId();
        ListOrder order = provider == null ? ListOrder.ofCompany(query.client())
            : ListOrder.ofProvider(query.client(), provider);
        long after = query.after() == null ? 0 : placeOf(query.after(), order);
        List<Document> found = query.status() == null && query.endsWithinDays() == null
            ? byPlace(order, after, query.limit() + 1)
            : filtered(query, provider, order, after);
        List<ContractSummary> items = found.stream().map(ContractListQueryHandler::toSummary).toList();
        boolean more = items.size() > query.limit();
        List<ContractSummary> page = more ? items.subList(0, query.limit()) : items;
        return new ContractPage(List.copyOf(page), more ? page.get(page.size() - 1).contractId() : null);
    }

    /** The cursor's place in this list; a contract unknown or not in the caller's list is no cursor of theirs. */
    private long placeOf(String contractId, ListOrder order) {
        Document cursor = summaries.collection().find(eq(ContractSummaries.ID, contractId)).first();
        Long ordinal = cursor == null ? null : order.ordinalOf(cursor);
        if (ordinal == null) {
            throw PageCursor.notFromAPreviousPage();
        }
        return ordinal;
    }

    /** Up to {@code count} contracts at the places after {@code after}, in place order. */
    private List<Document> byPlace(ListOrder order, long after, int count) {
        long last = ordinals.lastPlace(order);
        List<Document> found = new ArrayList<>();
        long from = after + 1;
        while (found.size() < count && from <= last) {
            long to = Math.min(last, from + count - found.size() - 1);
            List<String> keys = LongStream.rangeClosed(from, to).mapToObj(order::key).toList();
            List<Document> window = summaries.collection().find(in(order.keyField(), keys)).into(new ArrayList<>());
            window.sort(Comparator.comparingLong(summary -> order.ordinalOf(summary)));
            found.addAll(window);
            from = to + 1;
        }
        return found;
    }

    private List<Document> filtered(ListContractsQuery query, String provider, ListOrder order, long after) {
        List<Bson> filters = new ArrayList<>(List.of(eq(ContractSummaries.CLIENT, query.client())));
        if (provider != null) {
            filters.add(eq(ContractSummaries.PROVIDER_ID, provider));
        }
        if (query.status() != null) {
            filters.add(eq(ContractSummaries.STATUS, query.status()));
        }
        if (query.endsWithinDays() != null) {
            filters.add(gte(ContractSummaries.TERM_END, query.today().toString()));
            filters.add(lte(ContractSummaries.TERM_END, query.today().plusDays(query.endsWithinDays()).toString()));
        }
        if (after > 0) {
            filters.add(gt(order.ordinalField(), after));
        }
        return summaries.collection().find(and(filters)).sort(Sorts.ascending(order.ordinalField()))
            .limit(query.limit() + 1).into(new ArrayList<>());
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
