package org.socialgov.contract.api;

/** Checklist element 11: damages, capped at {@code months} of fees, the fee amount, a fixed amount, or uncapped. */
public record DamagesClause(DamagesCapKind cap, Integer months, Money fixedAmount) {
}
