package org.socialgov.contract.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A party signs the draft. {@code signedBy} is the identity of the caller (for the provider, it must be the
 * provider itself); {@code acceptedWarnings} justify each review warning the party accepts.
 */
public record SignContractCommand(@TargetAggregateIdentifier String contractId, String client, ContractParty party,
                                  String signedBy, Signatory signatory, Instant signedAt,
                                  List<AcceptedWarning> acceptedWarnings,
                                  @TargetAggregateVersion Long expectedVersion) {

    public SignContractCommand {
        acceptedWarnings = acceptedWarnings == null ? List.of() : List.copyOf(acceptedWarnings);
    }
}
