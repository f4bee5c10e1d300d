package org.socialgov.policy.domain;

import org.socialgov.platform.identity.RequestIdentity;
import org.socialgov.platform.identity.Roles;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * Who may read what of the policy: drafts are internal to the managing department (and its auditors); staff may ask
 * which rules bind themselves, not anyone else.
 */
public final class PolicyReadAccess {

    private PolicyReadAccess() {
    }

    public static boolean mayReadDrafts(RequestIdentity caller) {
        return overseesPolicy(caller);
    }

    public static void requireMayAskAbout(RequestIdentity caller, String personId) {
        if (personId != null && !overseesPolicy(caller) && !personId.equals(caller.actor())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Staff may ask which rules bind themselves only");
        }
    }

    private static boolean overseesPolicy(RequestIdentity caller) {
        return caller.hasRole(Roles.COMPLIANCE_OFFICER) || caller.hasRole(Roles.AUDITOR);
    }
}
