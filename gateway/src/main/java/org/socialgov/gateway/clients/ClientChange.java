package org.socialgov.gateway.clients;

import java.time.Instant;

import io.micronaut.serde.annotation.Serdeable;

/** One entry of the append-only change log: who did what to which client, when, and the secret generation after. */
@Serdeable
public record ClientChange(String clientId, String tenant, ChangeKind change, Instant at, Actor by,
                           long secretGeneration) {
}
