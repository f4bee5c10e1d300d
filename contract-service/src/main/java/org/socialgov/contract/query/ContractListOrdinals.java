package org.socialgov.contract.query;

import static com.mongodb.client.model.Filters.eq;

import java.util.Collection;
import java.util.List;

import jakarta.inject.Singleton;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.socialgov.contract.api.ContractDraftCreatedEvent;
import org.socialgov.platform.projection.ReadModelWrites;

/**
 * Hands out the places in the contract lists: per list ({@link ListOrder}) a counter of the last ordinal given, one
 * document in {@code contract_list_counters}, written by the summaries projection in the same batches as the
 * summaries ({@link ReadModelWrites}, which reads its own writes). Ordinals are dense and follow the event stream, so a
 * replay from the first event hands out the same ones.
 * <p>
 * The counter's value is also its version: a counter is only ever raised, and a write that would not raise it is
 * dropped. A batch may be written in part (summaries without counters) before it is handled again; the redelivered
 * events then raise the counters to the places their summaries hold ({@link #keepPast}), so no place is given twice.
 */
@Singleton
public class ContractListOrdinals {

    static final String LAST = "last";

    private final ContractSummaries summaries;

    public ContractListOrdinals(ContractSummaries summaries) {
        this.summaries = summaries;
    }

    /** The next place at the end of the list, taken. */
    Document takeNextPlace(ListOrder list) {
        ReadModelWrites counters = counters();
        long next = counters.current(list.listId()).map(counter -> counter.get(LAST, Number.class).longValue())
            .orElse(0L) + 1;
        counters.replace(list.listId(), next, new Document());
        return list.place(next);
    }

    /** Raises the list's counter to the summary's place in it, if it is below. */
    void keepPast(ListOrder list, Document summary) {
        Long ordinal = list.ordinalOf(summary);
        if (ordinal != null) {
            counters().replace(list.listId(), ordinal, new Document());
        }
    }

    /** The last place handed out in the list as stored (0 for a list never written to). */
    long lastPlace(ListOrder list) {
        Document counter = summaries.listCounters().find(eq("_id", list.listId())).first();
        return counter == null ? 0 : counter.get(LAST, Number.class).longValue();
    }

    void clear() {
        summaries.listCounters().deleteMany(new Document());
    }

    private ReadModelWrites counters() {
        return ReadModelWrites.to(summaries.listCounters(), LAST, ContractListOrdinals::listsNamedBy);
    }

    /** The lists a new contract takes a place in: read for a whole batch at once, which may span many companies. */
    private static Collection<?> listsNamedBy(EventMessage<?> event) {
        return event.getPayload() instanceof ContractDraftCreatedEvent created
            ? List.of(ListOrder.ofCompany(created.client()).listId(),
                ListOrder.ofProvider(created.client(), created.provider().providerId()).listId())
            : List.of();
    }
}
