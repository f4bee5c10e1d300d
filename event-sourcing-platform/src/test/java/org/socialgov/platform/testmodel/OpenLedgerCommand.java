package org.socialgov.platform.testmodel;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record OpenLedgerCommand(@TargetAggregateIdentifier String ledgerId) {
}
