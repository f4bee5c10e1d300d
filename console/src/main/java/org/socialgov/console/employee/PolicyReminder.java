package org.socialgov.console.employee;

import java.util.Optional;

import jakarta.inject.Singleton;
import org.socialgov.console.gateway.ApiProblemException;
import org.socialgov.console.gateway.GatewayApi;
import org.socialgov.console.session.ConsoleSession;
import org.socialgov.console.web.Roles;

/**
 * For the start page: the version of the policy in force that the signed-in employee has not acknowledged yet, if
 * any. Nobody the roster does not know (403) and no policy in force (404) mean nothing to acknowledge.
 */
@Singleton
public class PolicyReminder {

    private final GatewayApi api;

    public PolicyReminder(GatewayApi api) {
        this.api = api;
    }

    /** The version still to acknowledge. */
    public Optional<Integer> of(ConsoleSession session) {
        if (!session.hasRole(Roles.EMPLOYEE)) {
            return Optional.empty();
        }
        try {
            PolicyInForce policy = api.get(session, "/api/policies/in-force", PolicyInForce.class);
            return policy.acknowledgementOfVersionInForce().isPresent() ? Optional.empty()
                : Optional.of(policy.version().versionNo());
        } catch (ApiProblemException e) {
            if (e.status() == 403 || e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
