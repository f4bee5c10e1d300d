package org.socialgov.contract.api;

import java.time.LocalDate;

/** Checklist element 3, the term: the first and the last day, and whether it renews itself (null: it does not). */
public record Term(LocalDate start, LocalDate end, AutoRenewal autoRenewal) {
}
