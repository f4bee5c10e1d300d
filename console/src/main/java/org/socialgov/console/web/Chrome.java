package org.socialgov.console.web;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import org.socialgov.console.session.ConsoleSession;

/**
 * What every page shows around its content: its title, who is signed in, the navigation their roles allow, the
 * CSRF token forms carry, and how dates are written for this browser.
 */
public record Chrome(String title, @Nullable String person, @Nullable String company, List<NavLink> navigation,
                     String csrfToken, Dates dates, String path) {

    public static Chrome of(String title, ConsoleSession session, Dates dates, String path) {
        return new Chrome(title, session.person(), session.company(), Navigation.forRoles(session.roles()),
            session.csrfToken(), dates, path);
    }

    public boolean signedIn() {
        return person != null;
    }

    public boolean current(NavLink link) {
        return link.href().equals(path);
    }
}
