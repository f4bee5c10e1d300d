package org.socialgov.contract.api;

/** Checklist element 2, the fees: a base fee every month, and optionally a performance-based fee. */
public record Fees(Money baseMonthlyFee, PerformanceFee performanceFee) {
}
