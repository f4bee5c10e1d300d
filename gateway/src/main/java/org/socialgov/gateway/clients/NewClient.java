package org.socialgov.gateway.clients;

import java.util.LinkedHashSet;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import org.socialgov.gateway.errors.InvalidFieldException;
import org.socialgov.gateway.identity.Roles;

/**
 * A client about to be registered, with the rules that span fields: an agency's client names the agency
 * ({@code providerId}), because its tokens speak as that agency ({@code sub} = provider id); no other client names
 * one; and an agency's client is the agency only, since a company role on the same identity would let one token act
 * on both sides of a contract. Roles are kept once each, in the order given.
 */
public record NewClient(String tenant, String name, List<String> roles, @Nullable String providerId) {

    public NewClient {
        roles = List.copyOf(new LinkedHashSet<>(roles));
        boolean agency = roles.contains(Roles.AGENCY);
        if (agency && (providerId == null || providerId.isBlank())) {
            throw new InvalidFieldException("providerId", "is required for a client with the AGENCY role");
        }
        if (!agency && providerId != null) {
            throw new InvalidFieldException("providerId", "is only for a client with the AGENCY role");
        }
        if (agency && roles.size() > 1) {
            throw new InvalidFieldException("roles", "must be AGENCY alone for an agency's client");
        }
    }
}
