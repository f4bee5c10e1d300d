package org.socialgov.platform.identity;

import java.util.List;

/**
 * Who is asking, as the gateway vouched for it: the acting user, the tenant company whose data they act on, the
 * roles they hold there, and, when a machine client acts rather than a person, its client id ({@code null} for a
 * person).
 */
public record RequestIdentity(String actor, String tenant, List<String> roles, String clientId) {

    public RequestIdentity {
        roles = List.copyOf(roles);
    }

    /** A person's identity. */
    public RequestIdentity(String actor, String tenant, List<String> roles) {
        this(actor, tenant, roles, null);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
