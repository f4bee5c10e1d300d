package org.socialgov.contract.api;

/** Checklist element 10: exclusion of anti-social forces (organised crime), with a right to terminate at once. */
public record AntiSocialForcesClause(boolean immediateTermination) {
}
