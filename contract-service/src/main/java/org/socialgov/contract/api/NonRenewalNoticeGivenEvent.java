package org.socialgov.contract.api;

import java.time.LocalDate;

/** A party gave notice in time: the contract expires at the end of its current term instead of renewing. */
public record NonRenewalNoticeGivenEvent(String contractId, ContractParty party, LocalDate givenOn) {
}
