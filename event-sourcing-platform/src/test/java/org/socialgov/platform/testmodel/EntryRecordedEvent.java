package org.socialgov.platform.testmodel;

public record EntryRecordedEvent(String ledgerId, long amount) {
}
