package org.socialgov.contract.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent by the term watch for every active contract whose term ended before {@code today}: the contract expires, or
 * renews (as many periods as have passed) if auto-renewal is on and nobody gave notice in time. Sending it again
 * changes nothing.
 */
public record ReachEndOfTermCommand(@TargetAggregateIdentifier String contractId, String client, LocalDate today) {
}
