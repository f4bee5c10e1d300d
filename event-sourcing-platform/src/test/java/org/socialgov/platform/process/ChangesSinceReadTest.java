package org.socialgov.platform.process;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

class ChangesSinceReadTest {

    private record Renamed(String name) {
    }

    private record DueSoon(String deadline) implements ReminderEvent {
    }

    private static DomainEventMessage<?> event(long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Thing", "t-1", sequence, payload);
    }

    @Test
    void givenNothingRecordedSinceTheRead_whenWritten_thenNothingChanged() {
        assertFalse(ChangesSinceRead.changeAnything(List.of()));
    }

    @Test
    void givenOnlyRemindersRecordedSinceTheRead_whenWritten_thenNothingChanged() {
        assertFalse(ChangesSinceRead.changeAnything(List.of(event(4, new DueSoon("a")), event(5, new DueSoon("b")))));
    }

    @Test
    void givenAnActRecordedAmongReminders_whenWritten_thenItChanged() {
        assertTrue(ChangesSinceRead.changeAnything(List.of(event(4, new DueSoon("a")), event(5, new Renamed("x")))));
    }
}
