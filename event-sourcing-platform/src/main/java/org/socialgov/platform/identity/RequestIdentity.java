package org.socialgov.platform.identity;

import java.util.List;

/**
 * Who is asking, as the gateway vouched for it: the acting user, the tenant company whose data they act on, and
 * the roles they hold there.
 */
public record RequestIdentity(String actor, String tenant, List<String> roles) {

    public RequestIdentity {
        roles = List.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
