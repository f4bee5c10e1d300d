package org.socialgov.contract.api;

/** Checklist element 16: events beyond the parties' control excuse performance. */
public record ForceMajeureClause(boolean agreed) {
}
