package org.socialgov.console.policyadmin;

import java.util.Arrays;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.socialgov.console.gateway.ApiPaths;
import org.socialgov.console.gateway.ApiProblemException;
import org.socialgov.console.gateway.GatewayApi;
import org.socialgov.console.session.ConsoleSession;

/** The reads the officer's policy pages share: the company's policy, one policy, and the version in force. */
@Singleton
class PolicyReads {

    private final GatewayApi api;

    PolicyReads(GatewayApi api) {
        this.api = api;
    }

    /** The company's policy (a company has one), or none before it is started. */
    Optional<PolicySummary> companyPolicy(ConsoleSession session) {
        return Arrays.stream(api.get(session, "/api/policies", PolicySummary[].class)).findFirst();
    }

    /** The policy; another company's answers 404 as a missing one does, which the not-found page shows. */
    PolicyRecord policy(ConsoleSession session, String policyId) {
        return api.get(session, "/api/policies/" + ApiPaths.encode(policyId), PolicyRecord.class);
    }

    /** The number of the version in force today, or none before the first takes effect. */
    @Nullable Integer versionInForce(ConsoleSession session, String policyId) {
        try {
            return api.get(session, "/api/policies/" + ApiPaths.encode(policyId) + "/version-in-force",
                PolicyRecord.Version.class).versionNo();
        } catch (ApiProblemException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }
}
