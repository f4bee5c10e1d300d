package org.socialgov.contract.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;

import com.mongodb.client.model.Sorts;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.socialgov.contract.api.ContractListSort;
import org.socialgov.contract.api.ListContractsQuery;
import org.socialgov.platform.axon.AxonMessageHandlers;
import org.socialgov.platform.web.PageCursor;

/**
 * Answers contract lists from the summaries read model, a page at a time. In creation order (either way), the order
 * is the places the contracts hold in their company's list, or, for an agency and the provider filter, in their
 * company's list with that provider ({@link ListOrder}); by term end or cancel-by date, see
 * {@link ContractsByDate}. The cursor's contract must hold a place in the caller's list: its place is where the next
 * page starts, or, by date, breaks the tie between contracts of the same date.
 * <p>
 * Unfiltered and in creation order, a page is read by key, {@code $in} the places that follow the cursor's, which the
 * embedded store serves by its unique index whatever the number of contracts. Places left empty by contracts
 * assigned away are skipped by reading on until the page is full or the list's end is passed. Filtered by status or
 * term end, the list reads every contract of the store on the embedded store, in the same order.
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
        Long after = query.after() == null ? null : placeOf(query.after(), order);
        int count = query.limit() + 1;
        List<Document> found;
        if (query.sort() != ContractListSort.CREATED) {
            found = new ContractsByDate(summaries, order, query.sort(), query.descending())
                .after(filters(query, provider), query.afterDate(), after, count);
        } else if (query.status() == null && query.endsWithinDays() == null) {
            found = byPlace(order, after, count, query.descending());
        } else {
            found = filtered(filters(query, provider), order, after, count, query.descending());
        }
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

    /** Up to {@code count} contracts at the places after {@code after} (before it when descending), in place order. */
    private List<Document> byPlace(ListOrder order, Long after, int count, boolean descending) {
        long last = ordinals.lastPlace(order);
        int step = descending ? -1 : 1;
        List<Document> found = new ArrayList<>();
        long next = after != null ? after + step : descending ? last : 1;
        while (found.size() < count && next >= 1 && next <= last) {
            long end = Math.max(1, Math.min(last, next + (long) step * (count - found.size() - 1)));
            List<String> keys = LongStream.rangeClosed(Math.min(next, end), Math.max(next, end))
                .mapToObj(order::key).toList();
            List<Document> window = summaries.collection().find(in(order.keyField(), keys)).into(new ArrayList<>());
            Comparator<Document> byPlace = Comparator.comparingLong(summary -> order.ordinalOf(summary));
            window.sort(descending ? byPlace.reversed() : byPlace);
            found.addAll(window);
            next = end + step;
        }
        return found;
    }

    private List<Document> filtered(List<Bson> filters, ListOrder order, Long after, int count, boolean descending) {
        List<Bson> all = new ArrayList<>(filters);
        if (after != null) {
            all.add(descending ? lt(order.ordinalField(), after) : gt(order.ordinalField(), after));
        }
        return summaries.collection().find(and(all)).sort(descending ? Sorts.descending(order.ordinalField())
            : Sorts.ascending(order.ordinalField())).limit(count).into(new ArrayList<>());
    }

    /** The caller's contracts (with one provider, for an agency or the provider filter) that the filters let through. */
    private static List<Bson> filters(ListContractsQuery query, String provider) {
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
        return filters;
    }

    private static ContractSummary toSummary(Document document) {
        return new ContractSummary(document.getString(ContractSummaries.ID), document.getString(ContractSummaries.TITLE),
            document.getString(ContractSummaries.STATUS), document.getString(ContractSummaries.PROVIDER_ID),
            document.getString(ContractSummaries.PROVIDER_NAME),
            SummaryTerms.date(document, ContractSummaries.TERM_START),
            SummaryTerms.date(document, ContractSummaries.TERM_END),
            SummaryTerms.date(document, ContractSummaries.CANCEL_BY),
            document.get(ContractSummaries.VERSION, Number.class).longValue());
    }
}
