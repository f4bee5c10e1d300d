package org.socialgov.incident.domain;

import java.util.List;

import org.socialgov.platform.identity.Roles;

/**
 * Nobody denies or rebuts on their own: the company's response to a mention is decided by the managing department
 * (compliance officers) and made through an official channel, never by the person who reported or spotted it.
 */
public final class ResponseAuthority {

    private ResponseAuthority() {
    }

    public static void requireMayDecide(List<String> roles) {
        if (!roles.contains(Roles.COMPLIANCE_OFFICER)) {
            throw new ResponseReservedException("Only the managing department records the company's response; "
                + "nobody denies or rebuts on their own. Add what you observed as a follow-up instead");
        }
    }
}
