package org.socialgov.platform.process;

/**
 * An event that records a reminder of a deadline: it tells that something is due, and changes nothing a person
 * acting on the object decided on. A write made on what was read before it is therefore not refused for it
 * ({@link ChangesSinceRead}).
 */
public interface ReminderEvent {
}
