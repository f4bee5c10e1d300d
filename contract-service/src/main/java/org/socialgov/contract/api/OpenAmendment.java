package org.socialgov.contract.api;

import java.time.LocalDate;

/** An amendment waiting for the other party's decision. */
public record OpenAmendment(int amendmentNo, ContractParty proposedByParty, ContractTerms newTerms,
                            LocalDate effectiveFrom) {
}
