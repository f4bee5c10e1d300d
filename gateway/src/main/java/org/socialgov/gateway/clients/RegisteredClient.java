package org.socialgov.gateway.clients;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A machine client as registered: whose it is, what it may do, and its history in brief. The secret itself is never
 * part of it (only the registry sees the stored hash), so it is also what the API shows of a client.
 *
 * @param providerId       for an agency's client, the agency's provider id (its identity at the services)
 * @param secretGeneration 1 at registration, one more at every rotation; tokens carry it as {@code gen}
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegisteredClient(String clientId, String tenant, String name, List<String> roles,
                               @Nullable String providerId, ClientStatus status, long secretGeneration,
                               Instant createdAt, Actor createdBy,
                               @Nullable Instant rotatedAt, @Nullable Actor rotatedBy,
                               @Nullable Instant revokedAt, @Nullable Actor revokedBy) {
}
