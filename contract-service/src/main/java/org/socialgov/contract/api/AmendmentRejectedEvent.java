package org.socialgov.contract.api;

/** The other party declined the amendment; the terms stay as they were. */
public record AmendmentRejectedEvent(String contractId, int amendmentNo, ContractParty party, String rejectedBy,
                                     String reason) {
}
