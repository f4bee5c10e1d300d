package org.socialgov.platform.testmodel;

public record LedgerOpenedEvent(String ledgerId) {
}
