package org.socialgov.contract.api;

import java.time.LocalDate;

/** Checklist element 3, the term: the first and the last day the contract runs. */
public record Term(LocalDate start, LocalDate end) {
}
