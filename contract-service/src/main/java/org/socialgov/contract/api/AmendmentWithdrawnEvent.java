package org.socialgov.contract.api;

/** The proposer took the amendment back before the other party decided. */
public record AmendmentWithdrawnEvent(String contractId, int amendmentNo, ContractParty party, String withdrawnBy) {
}
