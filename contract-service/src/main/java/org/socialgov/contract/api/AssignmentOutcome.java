package org.socialgov.contract.api;

/** What became of an assignment request; a refusal is recorded, so it is an answer, not an error. */
public enum AssignmentOutcome {
    ASSIGNED,
    REFUSED
}
