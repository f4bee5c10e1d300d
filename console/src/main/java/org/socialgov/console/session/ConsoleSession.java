package org.socialgov.console.session;

import java.time.Instant;
import java.util.List;

/**
 * One browser's session, kept on the server: before sign-in only its CSRF token; after, who is signed in and the
 * gateway token the console calls the API with (never sent to the browser). {@code id} is the cookie's value.
 */
public record ConsoleSession(String id, String csrfToken, String person, String company, List<String> roles,
                             String accessToken, Instant expiresAt) {

    public boolean signedIn() {
        return person != null && accessToken != null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
