package org.socialgov.contract.api;

import java.time.LocalDate;

/** The other party accepted the amendment: the contract's terms become version {@code contractVersionNo}. */
public record AmendmentAcceptedEvent(String contractId, int amendmentNo, ContractParty party, String acceptedBy,
                                     int contractVersionNo, LocalDate effectiveFrom) {
}
