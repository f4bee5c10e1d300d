package org.socialgov.contract.api;

/** One result of reviewing terms against the checklist: a stable code, its weight, the element and a sentence. */
public record ReviewFinding(String code, FindingSeverity severity, ContractElement element, String message) {
}
