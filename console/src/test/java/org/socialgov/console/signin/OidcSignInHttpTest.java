package org.socialgov.console.signin;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.socialgov.console.ConsoleTestSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-in with the company's OpenID Connect provider: authorization code with PKCE, ending in a console session. */
@MicronautTest
class OidcSignInHttpTest extends ConsoleTestSupport {

    private final FakeIdentityProvider provider = new FakeIdentityProvider("emi", "acme", List.of("EMPLOYEE"));

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("micronaut.security.oauth2.enabled", "true",
            "micronaut.security.oauth2.clients.company.client-id", FakeIdentityProvider.CLIENT_ID,
            "micronaut.security.oauth2.clients.company.client-secret", FakeIdentityProvider.CLIENT_SECRET,
            "micronaut.security.oauth2.clients.company.openid.issuer", provider.issuer());
    }

    @AfterAll
    void stopProvider() {
        provider.close();
    }

    @Test
    void givenIdentityProvider_whenPersonSignsIn_thenCodeWithPkceEndsInANewSessionWithItsToken() {
        HttpResponse<String> choices = get("/sign-in", null);
        assertTrue(choices.body().contains("href=\"/oauth/login/company\""), choices.body());
        String before = sessionCookie(choices);

        HttpResponse<String> login = get("/oauth/login/company", before);
        assertEquals(302, login.statusCode(), login.body());
        URI authorization = URI.create(login.headers().firstValue("Location").orElseThrow());
        assertTrue(authorization.toString().startsWith(provider.issuer() + "/authorize?"), authorization.toString());
        Map<String, String> query = FakeIdentityProvider.form(authorization.getRawQuery());
        assertEquals("http://localhost:" + port + "/oauth/callback/company", query.get("redirect_uri"));

        String code = provider.authorize(query);
        HttpResponse<String> callback = getWithCookies("/oauth/callback/company?code=" + code + "&state="
            + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8), cookies(login, before));

        assertEquals(303, callback.statusCode(), callback.body());
        assertEquals("/", callback.headers().firstValue("Location").orElse(""));
        assertEquals(List.of("issued"), provider.tokenRequests, "the code was exchanged with its PKCE verifier");
        String after = sessionCookie(callback);
        assertNotEquals(before, after, "a session id from before sign-in is not kept");
        String home = get("/", after).body();
        assertTrue(home.contains("Signed in as <strong>emi</strong> of <strong>acme</strong>"), home);
        assertTrue(home.contains("href=\"/reports/new\""), "the roles come from the ID token: " + home);
        assertEquals(200, get("/policy", after).statusCode(), "the gateway took the provider's access token");
        assertEquals(303, get("/policy", before).statusCode());
    }

    @Test
    void givenCallbackWithAnotherBrowsersState_thenNobodyIsSignedIn() {
        String before = sessionCookie(get("/sign-in", null));
        HttpResponse<String> login = get("/oauth/login/company", before);
        Map<String, String> query = FakeIdentityProvider.form(URI.create(login.headers().firstValue("Location")
            .orElseThrow()).getRawQuery());
        String code = provider.authorize(query);
        // An attacker's own sign-in, whose code and state they would like the victim's browser to complete.
        HttpResponse<String> attackers = get("/oauth/login/company", sessionCookie(get("/sign-in", null)));
        String attackersState = FakeIdentityProvider.form(URI.create(attackers.headers().firstValue("Location")
            .orElseThrow()).getRawQuery()).get("state");

        HttpResponse<String> callback = getWithCookies("/oauth/callback/company?code=" + code + "&state="
            + URLEncoder.encode(attackersState, StandardCharsets.UTF_8), cookies(login, before));

        assertEquals(303, callback.statusCode(), callback.body());
        assertEquals("/sign-in?failed=true", callback.headers().firstValue("Location").orElse(""));
        assertEquals(303, get("/policy", before).statusCode(), "still not signed in");
        assertTrue(get("/sign-in?failed=true", before).body().contains("did not work"));
    }

    /** The cookies the browser would send back: those the sign-in request set, and the session's. */
    private static String cookies(HttpResponse<String> login, String sessionId) {
        String set = login.headers().allValues("Set-Cookie").stream().map(cookie -> cookie.split(";", 2)[0])
            .filter(cookie -> !cookie.startsWith("socialgov_session=")).collect(Collectors.joining("; "));
        return set + "; socialgov_session=" + sessionId;
    }
}
