package org.socialgov.contract.api;

import java.time.LocalDate;

/** Both parties have signed: the contract binds them from {@code activeFrom}, the first day of its term. */
public record ContractActivatedEvent(String contractId, LocalDate activeFrom) {
}
