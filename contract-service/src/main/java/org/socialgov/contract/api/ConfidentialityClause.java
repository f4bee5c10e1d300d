package org.socialgov.contract.api;

/**
 * Checklist element 6: confidentiality, and for how many years it lasts after the contract ends (null: without
 * limit, when it survives termination).
 */
public record ConfidentialityClause(boolean survivesTermination, Integer yearsAfterTermination) {
}
