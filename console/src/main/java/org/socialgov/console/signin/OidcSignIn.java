package org.socialgov.console.signin;

import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.JWTParser;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.handlers.RedirectingLoginHandler;
import io.micronaut.security.oauth2.endpoint.token.response.OauthAuthenticationMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.console.config.ConsoleSettings;
import org.socialgov.console.session.ConsoleSession;
import org.socialgov.console.session.SessionCookie;
import org.socialgov.console.session.SessionStore;
import org.socialgov.console.web.Pages;

/**
 * Ends the sign-in with the company's identity provider: Micronaut Security has exchanged the code (with its PKCE
 * verifier) and checked the ID token (signature, issuer, audience, nonce). The person, their company ({@value
 * #TENANT} claim) and roles ({@value #ROLES} claim) come from the ID token, as the gateway reads them from tokens;
 * the access token is what the console calls the API with. As with the development sign-in, the session before is
 * replaced by a new one.
 */
@Singleton
@Requires(property = "micronaut.security.oauth2.enabled", value = "true")
public class OidcSignIn implements RedirectingLoginHandler<HttpRequest<?>, MutableHttpResponse<?>> {

    static final String TENANT = "tenant";
    static final String ROLES = "roles";
    static final String FAILED = "/sign-in?failed=true";
    private static final Logger LOG = LoggerFactory.getLogger(OidcSignIn.class);

    private final SessionStore sessions;
    private final ConsoleSettings settings;
    private final Clock clock = Clock.systemUTC();

    public OidcSignIn(SessionStore sessions, ConsoleSettings settings) {
        this.sessions = sessions;
        this.settings = settings;
    }

    @Override
    public MutableHttpResponse<?> loginSuccess(Authentication authentication, HttpRequest<?> request) {
        Map<String, Object> claims = authentication.getAttributes();
        Object tenant = claims.get(TENANT);
        Object accessToken = claims.get(OauthAuthenticationMapper.ACCESS_TOKEN_KEY);
        if (!(tenant instanceof String company) || company.isBlank() || !(accessToken instanceof String token)) {
            LOG.warn("Sign-in of {} refused: the identity provider's tokens name no company or carry no access token",
                authentication.getName());
            return HttpResponse.seeOther(URI.create(FAILED));
        }
        List<String> roles = claims.get(ROLES) instanceof List<?> listed
            ? listed.stream().map(String::valueOf).toList() : List.of();
        ConsoleSession session = sessions.signIn(Pages.session(request), authentication.getName(), company, roles,
            token, expiry(token));
        return HttpResponse.seeOther(URI.create("/")).cookie(SessionCookie.of(session.id(), request));
    }

    /** The console asks for no refresh token: a person whose session ends signs in again. */
    @Override
    public MutableHttpResponse<?> loginRefresh(Authentication authentication, String refreshToken,
                                               HttpRequest<?> request) {
        return HttpResponse.seeOther(URI.create("/sign-in"));
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse response, HttpRequest<?> request) {
        LOG.warn("Sign-in with the identity provider failed: {}", response.getMessage().orElse("no reason given"));
        return HttpResponse.seeOther(URI.create(FAILED));
    }

    /** When the access token stops working, if it says (a JWT's exp); otherwise at the end of the session's life. */
    private Instant expiry(String accessToken) {
        Instant latest = clock.instant().plus(settings.getSessionLifetime());
        try {
            Date expires = JWTParser.parse(accessToken).getJWTClaimsSet().getExpirationTime();
            return expires == null ? latest : expires.toInstant();
        } catch (ParseException opaque) {
            return latest;
        }
    }
}
