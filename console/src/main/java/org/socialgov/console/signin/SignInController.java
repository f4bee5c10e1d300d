package org.socialgov.console.signin;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import org.socialgov.console.gateway.ApiProblemException;
import org.socialgov.console.session.ConsoleSession;
import org.socialgov.console.session.SessionCookie;
import org.socialgov.console.session.SessionStore;
import org.socialgov.console.web.PageNotFoundException;
import org.socialgov.console.web.Pages;

/**
 * Signing in and out. In the local suite, the development sign-in: pick a company, a person and roles, and the
 * console gets a token for them from the gateway. Signing in replaces the session (a new id), signing out deletes
 * it. Signing in with the company's identity provider (OpenID Connect) ends in {@link OidcSignIn}.
 */
@Controller
@Produces(Pages.HTML)
public class SignInController {

    /** The gateway's names for the fields, and the form's. */
    private static final Map<String, String> FIELDS = Map.of("subject", "person", "tenant", "company");

    private final DevTokens devTokens;
    private final SessionStore sessions;
    private final boolean identityProvider;

    public SignInController(DevTokens devTokens, SessionStore sessions,
                            @Value("${micronaut.security.oauth2.enabled:false}") boolean identityProvider) {
        this.devTokens = devTokens;
        this.sessions = sessions;
        this.identityProvider = identityProvider;
    }

    /** The ways to sign in that this console has: the company's identity provider, the development sign-in. */
    @Get("/sign-in")
    public HttpResponse<?> signIn(HttpRequest<?> request, @Nullable @QueryValue Boolean failed) {
        boolean dev = devTokens.available();
        if (!identityProvider && dev && failed == null) {
            return HttpResponse.seeOther(URI.create("/sign-in/dev"));
        }
        return HttpResponse.ok(Pages.view(request, "sign-in", "Sign in",
            new SignInChoices(identityProvider, dev, Boolean.TRUE.equals(failed))));
    }

    @Get("/sign-in/dev")
    public HttpResponse<?> devForm(HttpRequest<?> request) {
        requireDevTokens();
        return HttpResponse.ok(Pages.view(request, "sign-in-dev", "Development sign-in", DevSignInForm.empty()));
    }

    @Post("/sign-in/dev")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> devSignIn(HttpRequest<?> request, @Body DevSignInInput input) {
        requireDevTokens();
        List<String> chosen = input.roles() == null ? List.of() : input.roles();
        String company = input.company();
        String person = input.person();
        DevTokens.DevToken token;
        try {
            token = devTokens.issue(trim(person), trim(company), chosen);
        } catch (ApiProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            Map<String, String> errors = new HashMap<>();
            e.problem().fieldMessages().forEach((field, message) ->
                errors.merge(FIELDS.getOrDefault(field.replaceAll("\\[\\d+]$", ""), field), message,
                    (first, next) -> first + "; " + next));
            DevSignInForm form = new DevSignInForm(trim(company), trim(person), chosen, errors);
            return HttpResponse.status(HttpStatus.BAD_REQUEST)
                .body(Pages.view(request, "sign-in-dev", "Development sign-in", form));
        }
        ConsoleSession session = sessions.signIn(Pages.session(request), trim(person), trim(company), chosen,
            token.token(), token.expiresAt());
        return HttpResponse.seeOther(URI.create("/")).cookie(SessionCookie.of(session.id(), request));
    }

    @Post("/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signOut(HttpRequest<?> request) {
        sessions.delete(Pages.session(request).id());
        return HttpResponse.seeOther(URI.create("/sign-in")).cookie(SessionCookie.expired(request));
    }

    private void requireDevTokens() {
        if (!devTokens.available()) {
            throw new PageNotFoundException();
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
