package org.socialgov.contract.api;

import java.time.LocalDate;

/** Amendment {@code amendmentNo} was proposed by a party: these terms, from this date, if the other party accepts. */
public record AmendmentProposedEvent(String contractId, int amendmentNo, ContractParty party, String proposedBy,
                                     ContractTerms newTerms, LocalDate effectiveFrom) {
}
