package org.socialgov.contract.api;

/** Checklist element 9: termination by notice, and whether a breach allows immediate termination. */
public record TerminationClause(int noticeDays, boolean immediateForCause) {
}
