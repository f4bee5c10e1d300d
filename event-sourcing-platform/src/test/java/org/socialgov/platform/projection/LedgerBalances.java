package org.socialgov.platform.projection;

import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.micronaut.context.annotation.Requires;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.socialgov.platform.axon.AxonMessageHandlers;
import org.socialgov.platform.testmodel.EntryRecordedEvent;
import org.socialgov.platform.testmodel.LedgerOpenedEvent;

/**
 * A read model of ledger balances in MongoDB, written as the services' projections write theirs. An entry of
 * {@value #SPOILING_AMOUNT} spoils the balance (it becomes text), so that the next entry's {@code $inc} is refused by
 * the store: a write failure of a known event in the middle of a batch. Every entry also raises one count of all
 * entries ({@value #TOTALS}), replaced whole by each, as contract-service's list counters are.
 */
@AxonMessageHandlers
@ProcessingGroup(LedgerBalances.PROCESSING_GROUP)
@Requires(property = LedgerBalances.ENABLED, value = "true")
public class LedgerBalances {

    static final String PROCESSING_GROUP = "ledger-balances";
    static final String ENABLED = "test.ledger-balances.enabled";
    static final String COLLECTION = "ledger_balances";
    static final String TOTALS = "ledger_totals";
    static final String ALL_ENTRIES = "entries";
    static final long SPOILING_AMOUNT = -13;

    private final MongoCollection<Document> balances;
    private final MongoCollection<Document> totals;

    public LedgerBalances(MongoDatabase database) {
        this.balances = database.getCollection(COLLECTION);
        this.totals = database.getCollection(TOTALS);
    }

    @EventHandler
    void on(LedgerOpenedEvent event, @SequenceNumber long sequence) {
        writes().insertOnce(event.ledgerId(), new Document("balance", 0L).append("entries", 0)
            .append("version", sequence));
    }

    @EventHandler
    void on(EntryRecordedEvent event, @SequenceNumber long sequence) {
        if (writes().awaits(event.ledgerId(), sequence)) {
            ReadModelWrites count = ReadModelWrites.to(totals, "last", ignored -> List.of(ALL_ENTRIES));
            long last = count.current(ALL_ENTRIES).map(total -> total.get("last", Number.class).longValue()).orElse(0L);
            count.replace(ALL_ENTRIES, last + 1, new Document());
        }
        writes().update(event.ledgerId(), sequence, event.amount() == SPOILING_AMOUNT
            ? new Document("$set", new Document("balance", "spoilt"))
            : new Document("$inc", new Document("balance", event.amount()).append("entries", 1)));
    }

    private ReadModelWrites writes() {
        return ReadModelWrites.to(balances, "version");
    }
}
