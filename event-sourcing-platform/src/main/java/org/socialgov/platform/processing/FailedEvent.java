package org.socialgov.platform.processing;

import java.util.OptionalLong;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.UnknownSerializedType;

/**
 * The event a projection failed on, as an operator needs it named to find it in the record: its identifier, its
 * type, the aggregate and sequence number it belongs to, and where the processor stands in the stream (the position
 * of its token, which is the event's own unless the event filled a gap below it).
 */
public record FailedEvent(String eventId, String type, String aggregateType, String aggregateId, Long sequenceNumber,
                          Long position) {

    static FailedEvent of(EventMessage<?> event) {
        String type = event.getPayload() instanceof UnknownSerializedType unknown
            ? unknown.serializedType().getName() : event.getPayloadType().getName();
        Long position = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
            ? boxed(tracked.trackingToken().position()) : null;
        if (event instanceof DomainEventMessage<?> domain) {
            return new FailedEvent(event.getIdentifier(), simpleName(type), domain.getType(),
                domain.getAggregateIdentifier(), domain.getSequenceNumber(), position);
        }
        return new FailedEvent(event.getIdentifier(), simpleName(type), null, null, null, position);
    }

    /** "8f1c… (ContractDraftCreatedEvent, Contract c-17 #0, position 1234)". */
    public String describe() {
        StringBuilder text = new StringBuilder(eventId).append(" (").append(type);
        if (aggregateId != null) {
            text.append(", ").append(aggregateType).append(' ').append(aggregateId).append(" #").append(sequenceNumber);
        }
        if (position != null) {
            text.append(", position ").append(position);
        }
        return text.append(')').toString();
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
