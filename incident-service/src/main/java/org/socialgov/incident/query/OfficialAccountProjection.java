package org.socialgov.incident.query;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.serialization.UnknownSerializedType;
import org.bson.Document;
import org.socialgov.platform.axon.AxonMessageHandlers;
import org.socialgov.platform.projection.ReadModelWrites;

/**
 * Follows policy-service's events (read-only, ARCHITECTURE.md decision 2) into {@code official_accounts}: the
 * company's official accounts and the periods they were official in. Only the two published official-account events
 * are read; policies and staff records in the same stream are skipped. Idempotent by sequence number.
 */
@AxonMessageHandlers
@ProcessingGroup(KnownOfficialAccounts.PROCESSING_GROUP)
public class OfficialAccountProjection {

    private static final String REGISTERED = "org.socialgov.policy.api.OfficialAccountRegisteredEvent";
    private static final String RETIRED = "org.socialgov.policy.api.OfficialAccountRetiredEvent";

    private final KnownOfficialAccounts accounts;

    public OfficialAccountProjection(KnownOfficialAccounts accounts) {
        this.accounts = accounts;
    }

    @EventHandler
    void on(UnknownSerializedType event, @SequenceNumber long sequence) {
        String type = event.serializedType().getName();
        if (!type.equals(REGISTERED) && !type.equals(RETIRED)) {
            return;
        }
        JsonNode payload = event.readData(JsonNode.class);
        String accountId = payload.path("accountId").asText();
        ReadModelWrites writes = accounts.writes();
        Document account = writes.current(accountId).orElse(new Document("periods", List.of())
            .append(KnownOfficialAccounts.VERSION, -1L));
        if (account.get(KnownOfficialAccounts.VERSION, Number.class).longValue() >= sequence) {
            return;
        }
        List<Document> periods = new ArrayList<>(account.getList("periods", Document.class));
        if (type.equals(REGISTERED)) {
            account.append("tenant", payload.path("tenant").asText())
                .append("platform", payload.path("platform").asText())
                .append("normalisedHandle", payload.path("normalisedHandle").asText())
                .append("handle", payload.path("handle").asText());
            periods.add(new Document("since", payload.path("since").asText()).append("retiredOn", null));
        } else if (!periods.isEmpty()) {
            periods.get(periods.size() - 1).append("retiredOn", payload.path("retiredOn").asText());
        }
        writes.replace(accountId, sequence, account.append("periods", periods));
    }

    @ResetHandler
    void forgetAll() {
        accounts.clear();
    }
}
