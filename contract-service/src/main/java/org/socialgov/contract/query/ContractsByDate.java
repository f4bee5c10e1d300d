package org.socialgov.contract.query;

import static com.mongodb.client.model.Filters.and;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.socialgov.contract.api.ContractListSort;

/**
 * A contract list ordered by a date of the summaries (term end or cancel-by date), ascending or descending; contracts
 * without the date come last either way, and contracts of the same date in the list's creation order (reversed when
 * descending), so that every contract has one position and the cursor, a date and a place, says where a page ends.
 * <p>
 * The embedded store cannot sort by index (it sorts in memory after reading the whole collection), so this reads the
 * caller's summaries the filters let through, sorts them and pages by key here. On a real MongoDB the same page
 * would be one indexed read: an index {@code {client: 1, cancelBy: 1, listOrdinal: 1}} (and
 * {@code {client: 1, providerId: 1, cancelBy: 1, providerListOrdinal: 1}} for an agency's list; the same with
 * {@code termEnd}), queried with {@code $or: [{cancelBy: {$gt: date}}, {cancelBy: date, listOrdinal: {$gt: place}}]},
 * sorted by the index's keys and limited to the page, and the contracts without a date read after them (MongoDB sorts
 * nulls first).
 */
final class ContractsByDate {

    private final ContractSummaries summaries;
    private final ListOrder order;
    private final String dateField;
    private final Comparator<Document> comparator;

    ContractsByDate(ContractSummaries summaries, ListOrder order, ContractListSort sort, boolean descending) {
        this.summaries = summaries;
        this.order = order;
        this.dateField = sort == ContractListSort.CANCEL_BY ? ContractSummaries.CANCEL_BY
            : ContractSummaries.TERM_END;
        // ISO dates order as text.
        Comparator<String> dates = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        Comparator<Long> places = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        this.comparator = Comparator.<Document, String>comparing(summary -> summary.getString(dateField),
            Comparator.nullsLast(dates)).thenComparing(this::placeOf, Comparator.nullsLast(places));
    }

    /**
     * Up to {@code count} contracts the filters let through, in this order, after the one listed under
     * {@code afterDate} at place {@code afterPlace} (from the first when {@code afterPlace} is null).
     */
    List<Document> after(List<Bson> filters, LocalDate afterDate, Long afterPlace, int count) {
        List<Document> all = summaries.collection().find(and(filters)).into(new ArrayList<>());
        all.sort(comparator);
        Document cursor = afterPlace == null ? null : order.place(afterPlace)
            .append(dateField, afterDate == null ? null : afterDate.toString());
        return all.stream().filter(summary -> cursor == null || comparator.compare(summary, cursor) > 0)
            .limit(count).toList();
    }

    private Long placeOf(Document summary) {
        return order.ordinalOf(summary);
    }
}
