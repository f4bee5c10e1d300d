package org.socialgov.platform.history;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.socialgov.platform.axon.AxonSerializerFactory;
import org.socialgov.platform.identity.AuditMetaData;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * Reads the recorded events of one aggregate for the tenant asking. Another tenant's aggregate is reported as not
 * found, so that its existence does not leak.
 */
@Singleton
public class EventHistory {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final EventStore eventStore;
    private final ObjectMapper objectMapper;

    public EventHistory(EventStore eventStore, @Named(AxonSerializerFactory.EVENT_JSON) ObjectMapper objectMapper) {
        this.eventStore = eventStore;
        this.objectMapper = objectMapper;
    }

    public List<RecordedEvent> of(String aggregateId, String tenant) {
        // From the first event: readEvents(id) alone would start at the latest snapshot.
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(aggregateId, 0).asStream().toList();
        if (events.isEmpty() || !tenant.equals(events.get(0).getMetaData().get(AuditMetaData.TENANT))) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No history for '" + aggregateId + "' in your tenant");
        }
        return events.stream().map(this::toRecordedEvent).toList();
    }

    private RecordedEvent toRecordedEvent(DomainEventMessage<?> event) {
        MetaData metaData = event.getMetaData();
        return new RecordedEvent(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
            event.getTimestamp(), text(metaData, AuditMetaData.TENANT), text(metaData, AuditMetaData.ACTOR),
            text(metaData, AuditMetaData.ACTOR_ROLE), text(metaData, AuditMetaData.REASON),
            text(metaData, AuditMetaData.REQUEST_ID), text(metaData, AuditMetaData.CORRELATION_ID),
            objectMapper.convertValue(event.getPayload(), JSON_OBJECT));
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
