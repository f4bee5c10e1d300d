package org.socialgov.console.session;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * Finds the browser's session from its cookie, or starts one that is not signed in (it carries the CSRF token of
 * the sign-in form), and hands it to the page as a request attribute. Runs inside the view rendering, so that the
 * pages that the filters after it answer with (403) are rendered too. Static files need no session.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SessionFilter implements Ordered {

    public static final String ATTRIBUTE = "socialgov.console.session";
    private static final String STARTED = "socialgov.console.session.started";

    private final SessionStore sessions;

    public SessionFilter(SessionStore sessions) {
        this.sessions = sessions;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.RENDERING.after();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    public void attachSession(HttpRequest<?> request) {
        if (needsNoSession(request.getPath())) {
            return;
        }
        ConsoleSession session = SessionCookie.read(request).flatMap(sessions::find).orElse(null);
        if (session == null) {
            session = sessions.startAnonymous();
            request.setAttribute(STARTED, session.id());
        }
        request.setAttribute(ATTRIBUTE, session);
    }

    /** A session started here goes to the browser, unless the page already set the cookie (sign-in, sign-out). */
    @ResponseFilter
    public void sendStartedSession(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(STARTED, String.class).ifPresent(id -> {
            if (response.getCookie(SessionCookie.NAME).isEmpty()) {
                response.cookie(SessionCookie.of(id, request));
            }
        });
    }

    static boolean needsNoSession(String path) {
        return path.startsWith("/assets/") || path.startsWith("/webjars/") || path.startsWith("/health");
    }
}
