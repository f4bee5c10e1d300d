package org.socialgov.contract.api;

/** One checklist element that differs between two versions: what it said before and after (null: silent). */
public record TermChange(ContractElement element, Object before, Object after) {
}
