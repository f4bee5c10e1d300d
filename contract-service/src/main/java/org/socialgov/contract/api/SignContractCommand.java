package org.socialgov.contract.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The actor signs the draft for a party (for the provider, only the provider itself may); {@code acceptedWarnings}
 * justify each review warning the party accepts.
 */
public record SignContractCommand(@TargetAggregateIdentifier String contractId, ContractActor actor,
                                  ContractParty party, Signatory signatory, Instant signedAt,
                                  List<AcceptedWarning> acceptedWarnings,
                                  @TargetAggregateVersion Long expectedVersion) {

    public SignContractCommand {
        acceptedWarnings = acceptedWarnings == null ? List.of() : List.copyOf(acceptedWarnings);
    }
}
