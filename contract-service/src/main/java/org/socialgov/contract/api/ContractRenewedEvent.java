package org.socialgov.contract.api;

import java.time.LocalDate;

/** The term ended without notice and auto-renewal extended the contract to {@code newEnd}. */
public record ContractRenewedEvent(String contractId, LocalDate previousEnd, LocalDate newEnd) {
}
