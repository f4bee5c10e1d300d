package org.socialgov.platform.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.platform.axon.EventSourcedModel;
import org.socialgov.platform.identity.CurrentIdentity;
import org.socialgov.platform.identity.RequestIdentity;

/**
 * Keeps a record with a missing event from being read or extended past the gap. Axon replays whatever events it
 * finds, so without this a deleted event would silently drop out of the state (or break an event sourcing handler),
 * and the next command would append after the gap. Every read of an aggregate's events passes here, for commands and
 * reads alike, in every service.
 */
@Singleton
public class RecordGaps {

    private static final Logger LOG = LoggerFactory.getLogger(RecordGaps.class);
    private static final String ID = "{id}";

    private final StoredEventLog log;
    private final CurrentIdentity currentIdentity;
    private final Map<String, String> integrityReports = new HashMap<>();

    public RecordGaps(StoredEventLog log, CurrentIdentity currentIdentity, EventSourcedModel model) {
        this.log = log;
        this.currentIdentity = currentIdentity;
        // Axon names an aggregate type by its class's simple name, and stores it so on every event.
        model.integrityReports().forEach((type, path) -> integrityReports.put(type.getSimpleName(), path));
    }

    /**
     * The aggregate's events from {@code firstSequenceNumber} on, each checked as it is read: an event that does not
     * follow its predecessor stops the read there, so a reader that needs only the events before the gap gets them.
     */
    public DomainEventStream checked(String aggregateId, long firstSequenceNumber, DomainEventStream events) {
        return new GapCheckedStream(aggregateId, firstSequenceNumber, events);
    }

    /** Refuses when an event before {@code sequenceNumber} is missing: those a snapshot stands for, for instance. */
    public void requireNoneMissingBefore(String aggregateId, long sequenceNumber) {
        log.firstMissingBefore(aggregateId, sequenceNumber).ifPresent(missing -> {
            throw broken(aggregateId, missing);
        });
    }

    private RuntimeException broken(String aggregateId, long firstMissing) {
        List<StoredEvent> record = log.ofAggregate(aggregateId);
        Optional<String> callerTenant = currentIdentity.find().map(RequestIdentity::tenant);
        if (callerTenant.isPresent()
            && record.stream().noneMatch(event -> callerTenant.get().equals(AuditEvents.tenantOf(event)))) {
            // Another company learns nothing of this record, not even that it is broken: as if there were none.
            return new AggregateNotFoundException(aggregateId, "No such resource");
        }
        LOG.error("The record of '{}' is broken: event {} is missing from the store; it is neither read nor changed "
            + "from there on", aggregateId, firstMissing);
        // The anonymous public page names no identifier; only an identified caller is pointed at the report.
        String reportPath = record.isEmpty() || callerTenant.isEmpty() ? null
            : integrityReports.get(record.get(0).aggregateType());
        return new RecordBrokenException(firstMissing, reportPath == null ? null : reportPath.replace(ID, aggregateId));
    }

    /** Axon's stream of one aggregate's events, refusing an event whose predecessor is not in the store. */
    private final class GapCheckedStream implements DomainEventStream {

        private final String aggregateId;
        private final DomainEventStream events;
        private long expected;

        GapCheckedStream(String aggregateId, long firstSequenceNumber, DomainEventStream events) {
            this.aggregateId = aggregateId;
            this.expected = firstSequenceNumber;
            this.events = events;
        }

        @Override
        public boolean hasNext() {
            if (!events.hasNext()) {
                return false;
            }
            check(events.peek());
            return true;
        }

        @Override
        public DomainEventMessage<?> next() {
            DomainEventMessage<?> event = check(events.next());
            expected = event.getSequenceNumber() + 1;
            return event;
        }

        @Override
        public DomainEventMessage<?> peek() {
            DomainEventMessage<?> next = events.peek();
            return next == null ? null : check(next);
        }

        @Override
        public Long getLastSequenceNumber() {
            return events.getLastSequenceNumber();
        }

        private DomainEventMessage<?> check(DomainEventMessage<?> event) {
            if (event.getSequenceNumber() != expected) {
                throw broken(aggregateId, expected);
            }
            return event;
        }
    }
}
