package org.socialgov.contract.api;

/** A party's position passed to another company, with the counterparty's written consent where it was needed. */
public record ContractAssignedEvent(String contractId, ContractParty party, Assignee assignee, WrittenConsent consent,
                                    String requestedBy) {
}
