package org.socialgov.contract.api;

/**
 * Checklist element 14: neither party may transfer its position, rights or duties; possibly allowed with the
 * counterparty's written consent.
 */
public record AssignmentClause(boolean prohibited, boolean exceptionWithWrittenConsent) {
}
