package org.socialgov.contract.api;

import java.time.Instant;

/** A signature on the contract as it stands. */
public record ContractSignature(ContractParty party, String signedBy, Signatory signatory, Instant signedAt) {
}
