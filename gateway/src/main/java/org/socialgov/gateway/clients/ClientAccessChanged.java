package org.socialgov.gateway.clients;

/**
 * A client was revoked or its secret rotated through this gateway. Published so that this gateway stops honouring
 * the old tokens at once, rather than after its cache of client states expires.
 */
public record ClientAccessChanged(String clientId) {
}
