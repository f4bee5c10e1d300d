package org.socialgov.policy.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.socialgov.platform.axon.AxonMessageHandlers;
import org.socialgov.platform.projection.ReadModelWrites;
import org.socialgov.policy.api.OfficialAccountRegisteredEvent;
import org.socialgov.policy.api.OfficialAccountRetiredEvent;

/**
 * Keeps {@code official_accounts} in step with the accounts' events. Idempotent by construction (ARCHITECTURE.md,
 * decision 1): an event changes a document only if its sequence number is above the version the document holds,
 * so redelivered and replayed events change nothing.
 */
@AxonMessageHandlers
@ProcessingGroup("official-accounts")
public class OfficialAccountProjection {

    private final OfficialAccountReadModel readModel;

    public OfficialAccountProjection(OfficialAccountReadModel readModel) {
        this.readModel = readModel;
    }

    @EventHandler
    void on(OfficialAccountRegisteredEvent event, @SequenceNumber long sequence) {
        Document account = new Document(OfficialAccountReadModel.TENANT, event.tenant())
            .append(OfficialAccountReadModel.PLATFORM, event.platform().name())
            .append(OfficialAccountReadModel.NORMALISED_HANDLE, event.normalisedHandle())
            .append(OfficialAccountReadModel.PERIODS, List.of())
            .append(OfficialAccountReadModel.VERSION, -1L);
        // The handle's first registration creates the document once; later ones find it and insert nothing.
        writes().insertOnce(event.accountId(), account);
        apply(event.accountId(), sequence, periods -> periods.add(new Document(OfficialAccountReadModel.HANDLE,
            event.handle())
            .append(OfficialAccountReadModel.URL, event.url())
            .append(OfficialAccountReadModel.PURPOSE, event.purpose())
            .append(OfficialAccountReadModel.SINCE, event.since().toString())
            .append(OfficialAccountReadModel.RETIRED_ON, null)));
    }

    @EventHandler
    void on(OfficialAccountRetiredEvent event, @SequenceNumber long sequence) {
        apply(event.accountId(), sequence, periods -> periods.get(periods.size() - 1)
            .append(OfficialAccountReadModel.RETIRED_ON, event.retiredOn().toString()));
    }

    @ResetHandler
    void onReset() {
        readModel.collection().deleteMany(new Document());
    }

    private void apply(String accountId, long sequence, Consumer<List<Document>> change) {
        Document unapplied = writes().awaiting(accountId, sequence).orElse(null);
        if (unapplied == null) {
            return;
        }
        List<Document> periods = new ArrayList<>(unapplied.getList(OfficialAccountReadModel.PERIODS, Document.class));
        change.accept(periods);
        Document latest = periods.get(periods.size() - 1);
        Document account = unapplied.append(OfficialAccountReadModel.PERIODS, periods);
        for (String field : List.of(OfficialAccountReadModel.HANDLE, OfficialAccountReadModel.URL,
            OfficialAccountReadModel.PURPOSE, OfficialAccountReadModel.SINCE, OfficialAccountReadModel.RETIRED_ON)) {
            account.append(field, latest.get(field));
        }
        writes().replace(accountId, sequence, account);
    }

    private ReadModelWrites writes() {
        return ReadModelWrites.to(readModel.collection(), OfficialAccountReadModel.VERSION);
    }
}
