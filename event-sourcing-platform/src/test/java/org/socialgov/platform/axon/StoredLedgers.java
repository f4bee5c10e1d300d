package org.socialgov.platform.axon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.socialgov.platform.testmodel.EntryRecordedEvent;
import org.socialgov.platform.testmodel.LedgerProjection;
import org.socialgov.platform.testmodel.LedgerSummary;

/**
 * What the event store holds, read two ways: the raw event collection through the driver (so that nothing Axon might
 * skip goes unseen) and each aggregate's stream through {@link EventStore#readEvents}. Both must agree.
 */
record StoredLedgers(Map<String, LedgerSummary> ledgers, Map<String, List<DomainEventMessage<?>>> streams,
                     Set<String> eventIds) {

    /** Axon's default collection for the document-per-event storage strategy. */
    static final String EVENT_COLLECTION = "domainevents";

    static StoredLedgers read(MongoDatabase database, EventStore eventStore) {
        Map<String, Set<String>> rawIdsByAggregate = new TreeMap<>();
        Set<String> rawKeys = new HashSet<>();
        for (Document entry : database.getCollection(EVENT_COLLECTION).find()) {
            String aggregateId = entry.getString("aggregateIdentifier");
            String key = aggregateId + "#" + entry.get("sequenceNumber");
            if (!rawKeys.add(key)) {
                throw new AssertionError("Two events stored at " + key);
            }
            rawIdsByAggregate.computeIfAbsent(aggregateId, id -> new HashSet<>())
                .add(entry.getString("eventIdentifier"));
        }
        Map<String, LedgerSummary> ledgers = new HashMap<>();
        Map<String, List<DomainEventMessage<?>>> streams = new HashMap<>();
        Set<String> eventIds = new HashSet<>();
        rawIdsByAggregate.forEach((aggregateId, rawIds) -> {
            List<DomainEventMessage<?>> stream =
                new ArrayList<>(eventStore.readEvents(aggregateId).asStream().toList());
            Set<String> streamIds = new HashSet<>();
            stream.forEach(event -> streamIds.add(event.getIdentifier()));
            assertEquals(rawIds, streamIds, "readEvents(" + aggregateId + ") against the raw collection");
            ledgers.put(aggregateId, summarise(stream));
            streams.put(aggregateId, stream);
            eventIds.addAll(streamIds);
        });
        return new StoredLedgers(Map.copyOf(ledgers), Map.copyOf(streams), Set.copyOf(eventIds));
    }

    int eventCount() {
        return eventIds.size();
    }

    /** Says how far off the projection is, rather than printing both maps whole. */
    void assertProjectedBy(LedgerProjection projection) {
        Map<String, LedgerSummary> projected = projection.ledgers();
        Map<String, Integer> applications = projection.applications();
        Set<String> notApplied = new HashSet<>(eventIds);
        notApplied.removeAll(applications.keySet());
        Set<String> notStored = new HashSet<>(applications.keySet());
        notStored.removeAll(eventIds);
        long appliedTwice = applications.values().stream().filter(times -> times > 1).count();
        List<String> ledgersDiffering = ledgers.entrySet().stream()
            .filter(ledger -> !ledger.getValue().equals(projected.get(ledger.getKey())))
            .map(ledger -> ledger.getKey() + ": stored " + ledger.getValue() + ", projected "
                + projected.get(ledger.getKey()))
            .sorted().toList();
        assertTrue(notApplied.isEmpty() && notStored.isEmpty() && appliedTwice == 0 && ledgersDiffering.isEmpty()
                && projected.size() == ledgers.size(),
            () -> String.format("%d of %d stored events not applied, %d applied but not stored, %d applied more than"
                    + " once; %d of %d ledgers differ, e.g. %s", notApplied.size(), eventCount(),
                notStored.size(), appliedTwice, ledgersDiffering.size(), ledgers.size(),
                ledgersDiffering.stream().limit(3).toList()));
    }

    private static LedgerSummary summarise(List<DomainEventMessage<?>> stream) {
        LedgerSummary summary = null;
        for (DomainEventMessage<?> event : stream) {
            long amount = event.getPayload() instanceof EntryRecordedEvent entry ? entry.amount() : 0;
            summary = summary == null
                ? new LedgerSummary(event.getSequenceNumber(), 1, amount)
                : summary.plus(event.getSequenceNumber(), amount);
        }
        return summary;
    }
}
