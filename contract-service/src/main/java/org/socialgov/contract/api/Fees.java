package org.socialgov.contract.api;

/** Checklist element 2, the fees: the base fee paid every month. */
public record Fees(Money baseMonthlyFee) {
}
