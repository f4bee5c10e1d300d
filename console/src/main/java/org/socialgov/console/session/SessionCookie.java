package org.socialgov.console.session;

import java.util.Optional;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

/**
 * The browser's half of a session: its id in an HttpOnly, SameSite=Lax cookie for the whole site, Secure when the
 * browser reached the suite over TLS (directly, or through a proxy that says so in X-Forwarded-Proto). No
 * Max-Age: the cookie ends with the browser, the session on the server when it expires.
 */
public final class SessionCookie {

    public static final String NAME = "socialgov_session";

    private SessionCookie() {
    }

    public static Optional<String> read(HttpRequest<?> request) {
        return request.getCookies().findCookie(NAME).map(Cookie::getValue);
    }

    public static Cookie of(String sessionId, HttpRequest<?> request) {
        return Cookie.of(NAME, sessionId).httpOnly(true).sameSite(SameSite.Lax).path("/").secure(overTls(request));
    }

    public static Cookie expired(HttpRequest<?> request) {
        return of("", request).maxAge(0);
    }

    static boolean overTls(HttpRequest<?> request) {
        return request.isSecure()
            || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto", String.class).orElse(""));
    }
}
