package org.socialgov.contract.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Ends a subcontractor's part in the work. */
public record RemoveSubcontractorCommand(@TargetAggregateIdentifier String contractId, String client,
                                         String subcontractorId, @TargetAggregateVersion Long expectedVersion) {
}
