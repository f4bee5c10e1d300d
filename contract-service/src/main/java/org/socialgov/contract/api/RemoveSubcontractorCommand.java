package org.socialgov.contract.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends a subcontractor's part in the work. */
public record RemoveSubcontractorCommand(@TargetAggregateIdentifier String contractId, String client,
                                         String subcontractorId) {
}
