package org.socialgov.contract.api;

/** How damages for a breach are limited. */
public enum DamagesCapKind {
    /** N months of fees. */
    MONTHS_OF_FEES,
    /** The same amount as the fee. */
    FEE_AMOUNT,
    FIXED_AMOUNT,
    UNCAPPED
}
