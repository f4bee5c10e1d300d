package org.socialgov.console.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import org.socialgov.console.session.ConsoleSession;
import org.socialgov.console.session.SessionFilter;

/**
 * How a controller renders a page: the template, the page's own model under {@code page} and the {@link Chrome}
 * under {@code chrome}; and how it finds the session and checks the role a page needs.
 */
public final class Pages {

    /** Every page is UTF-8, said in the header as well as in the page. */
    public static final String HTML = "text/html;charset=utf-8";
    private static final Locale FALLBACK_LOCALE = Locale.UK;

    private Pages() {
    }

    public static ModelAndView<Map<String, Object>> view(HttpRequest<?> request, String template, String title,
                                                         Object page) {
        Map<String, Object> model = new HashMap<>();
        // The navigation marks the page being looked at; the answer to a form is not one of its entries.
        String current = request.getMethod() == HttpMethod.GET ? request.getPath() : "";
        model.put("chrome", Chrome.of(title, session(request), dates(request), current));
        model.put("page", page);
        return new ModelAndView<>(template, model);
    }

    public static ConsoleSession session(HttpRequest<?> request) {
        return request.getAttribute(SessionFilter.ATTRIBUTE, ConsoleSession.class)
            .orElseThrow(() -> new IllegalStateException("SessionFilter runs before every page"));
    }

    /** The signed-in session, if it has the role; otherwise the sign-in page, or the forbidden page. */
    public static ConsoleSession requireRole(HttpRequest<?> request, String role) {
        ConsoleSession session = session(request);
        if (!session.signedIn()) {
            throw new SignInRequiredException();
        }
        if (!session.hasRole(role)) {
            throw new PageForbiddenException(role);
        }
        return session;
    }

    public static Dates dates(HttpRequest<?> request) {
        return new Dates(request.getLocale().orElse(FALLBACK_LOCALE));
    }

    /** Whether htmx made the request, so that a fragment answers it rather than a whole page. */
    public static boolean fromHtmx(HttpRequest<?> request) {
        return "true".equals(request.getHeaders().get("HX-Request"));
    }
}
