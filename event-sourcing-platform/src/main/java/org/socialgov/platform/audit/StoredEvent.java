package org.socialgov.platform.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntry;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * One event exactly as the event store keeps it: the serialised payload and metadata as text, the timestamp in the
 * store's own format. Integrity is judged on this form, so a change made directly in the database is seen.
 */
public record StoredEvent(String aggregateType, String aggregateId, long sequenceNumber, String eventId,
                          String timestamp, String payloadType, String payloadRevision, String payloadJson,
                          String metaDataJson) {

    private static final EventEntryConfiguration FIELDS = EventEntryConfiguration.getDefault();

    /** Reads a document of the event collection. */
    public static StoredEvent from(Document document) {
        return new StoredEvent(document.getString(FIELDS.typeProperty()),
            document.getString(FIELDS.aggregateIdentifierProperty()),
            ((Number) document.get(FIELDS.sequenceNumberProperty())).longValue(),
            document.getString(FIELDS.eventIdentifierProperty()), document.getString(FIELDS.timestampProperty()),
            document.getString(FIELDS.payloadTypeProperty()), document.getString(FIELDS.payloadRevisionProperty()),
            text(document.get(FIELDS.payloadProperty())), text(document.get(FIELDS.metaDataProperty())));
    }

    /** The form an event about to be appended will have in the store, serialised the way the store does it. */
    public static StoredEvent of(DomainEventMessage<?> event, Serializer serializer) {
        return from(new EventEntry(event, serializer).asDocument(FIELDS));
    }

    /** The event type without its package, as auditors read it. */
    public String eventType() {
        int lastDot = payloadType.lastIndexOf('.');
        return lastDot < 0 ? payloadType : payloadType.substring(lastDot + 1);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Document document ? document.toJson() : value.toString();
    }
}
