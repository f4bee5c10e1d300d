package org.socialgov.contract.api;

/** The subcontractor no longer works under the contract. */
public record SubcontractorRemovedEvent(String contractId, String subcontractorId) {
}
