package org.socialgov.contract.api;

/**
 * An assignment was asked for while the contract prohibits it and no written consent of the counterparty exists.
 * Kept on the record so that auditors see who tried, when, and to whom.
 */
public record AssignmentRefusedEvent(String contractId, ContractParty party, Assignee assignee, String requestedBy,
                                     String reason) {
}
