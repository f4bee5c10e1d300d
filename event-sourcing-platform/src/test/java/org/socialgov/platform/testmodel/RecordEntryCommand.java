package org.socialgov.platform.testmodel;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordEntryCommand(@TargetAggregateIdentifier String ledgerId, long amount) {
}
