package org.socialgov.contract.api;

/** Checklist element 13: matters the contract does not cover are settled by consultation in good faith. */
public record GoodFaithConsultationClause(boolean agreed) {
}
