package org.socialgov.gateway.clients;

import java.util.Optional;

/**
 * What a token needs to know about its client on every request: does it still exist, is it active, and which
 * secret generation is current.
 */
public record ClientAccess(boolean exists, boolean active, long secretGeneration) {

    public static final ClientAccess UNKNOWN = new ClientAccess(false, false, 0);

    /** Empty if a token of this generation may be used; else why not, in words fit for the caller. */
    public Optional<String> refusalFor(long tokenGeneration) {
        if (!exists) {
            return Optional.of("The client this token was issued to no longer exists");
        }
        if (!active) {
            return Optional.of("The client this token was issued to has been revoked");
        }
        if (tokenGeneration != secretGeneration) {
            return Optional.of("The client's secret was rotated after this token was issued; request a new token");
        }
        return Optional.empty();
    }
}
