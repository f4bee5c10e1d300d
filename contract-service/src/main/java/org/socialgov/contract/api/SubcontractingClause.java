package org.socialgov.contract.api;

/** Checklist element 4: re-delegation of the work, and who answers for a subcontractor's work. */
public record SubcontractingClause(SubcontractingPolicy policy, boolean providerFullyLiable) {
}
