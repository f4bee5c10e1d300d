package org.socialgov.contract.api;

/** Who answers a third party's claim that published material infringes its rights. */
public enum ClaimsHandler {
    PROVIDER,
    CLIENT,
    UNASSIGNED
}
