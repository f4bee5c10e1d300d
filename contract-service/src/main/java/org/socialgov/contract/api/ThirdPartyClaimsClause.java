package org.socialgov.contract.api;

/** Checklist element 8: third-party claims, and whether the handler holds the other party harmless. */
public record ThirdPartyClaimsClause(ClaimsHandler handledBy, boolean holdHarmless) {
}
