package org.socialgov.contract.api;

/** Who owns copyright and other rights in what is published and invented during the work. */
public enum RightsOwner {
    CLIENT,
    PROVIDER,
    NEGOTIATED,
    UNSPECIFIED
}
