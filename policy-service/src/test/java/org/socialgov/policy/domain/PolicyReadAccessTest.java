package org.socialgov.policy.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialgov.platform.identity.RequestIdentity;
import org.socialgov.platform.identity.Roles;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

class PolicyReadAccessTest {

    @Test
    void givenRoles_whenDraftsOrSomeoneElsesRulesAsked_thenOnlyThoseOverseeingThePolicyMay() {
        RequestIdentity employee = identity("emi", Roles.EMPLOYEE);
        RequestIdentity auditor = identity("ann", Roles.AUDITOR);

        assertFalse(PolicyReadAccess.mayReadDrafts(employee));
        assertTrue(PolicyReadAccess.mayReadDrafts(auditor));
        assertDoesNotThrow(() -> PolicyReadAccess.requireMayAskAbout(employee, "emi"));
        assertDoesNotThrow(() -> PolicyReadAccess.requireMayAskAbout(auditor, "emi"));
        assertEquals(ProblemType.FORBIDDEN, assertThrows(ProblemException.class,
            () -> PolicyReadAccess.requireMayAskAbout(employee, "ken")).problemType());
    }

    private static RequestIdentity identity(String actor, String role) {
        return new RequestIdentity(actor, "example", List.of(role));
    }
}
