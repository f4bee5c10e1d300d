package org.socialgov.gateway.dev;

import java.time.Instant;

import io.micronaut.serde.annotation.Serdeable;

/** A signed user token and when it stops working. */
@Serdeable
public record DevTokenResponse(String token, Instant expiresAt) {
}
