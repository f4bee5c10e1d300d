package org.socialgov.console.session;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.socialgov.console.ConsoleTestSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class SessionHttpTest extends ConsoleTestSupport {

    @Test
    void givenNewBrowser_whenPageShown_thenSessionCookieIsRandomHttpOnlyLaxForTheWholeSite() {
        HttpResponse<String> response = get("/sign-in/dev", null);

        String cookie = setCookie(response).toLowerCase(java.util.Locale.ROOT);
        assertTrue(cookie.contains("httponly"), cookie);
        assertTrue(cookie.contains("samesite=lax"), cookie);
        assertTrue(cookie.contains("path=/"), cookie);
        assertFalse(cookie.contains("secure"), "plain HTTP: a Secure cookie would never come back: " + cookie);
        assertTrue(Base64.getUrlDecoder().decode(sessionCookie(response)).length >= 16, "at least 128 bits");
    }

    @Test
    void givenRequestOverTls_whenSessionStarted_thenCookieIsSecure() {
        HttpResponse<String> response = get("/sign-in/dev", null, "X-Forwarded-Proto", "https");

        assertTrue(setCookie(response).toLowerCase(java.util.Locale.ROOT).contains("secure"), setCookie(response));
    }

    @Test
    void givenSessionIdSetBeforeSignIn_whenSignedIn_thenANewIdIsIssuedAndTheOldOneIsWorthless() {
        HttpResponse<String> form = get("/sign-in/dev", null);
        String planted = sessionCookie(form);

        HttpResponse<String> signedIn = postForm("/sign-in/dev", planted, Map.of("_csrf", List.of(csrf(form)),
            "company", List.of("acme"), "person", List.of("emi"), "roles", List.of("EMPLOYEE")));

        assertEquals(303, signedIn.statusCode(), signedIn.body());
        String issued = sessionCookie(signedIn);
        assertNotEquals(planted, issued);
        assertEquals(200, get("/policy", issued).statusCode());
        HttpResponse<String> withPlanted = get("/policy", planted);
        assertEquals(303, withPlanted.statusCode(), "the planted id signs nobody in");
        assertEquals("/sign-in", withPlanted.headers().firstValue("Location").orElse(""));
    }

    @Test
    void givenSignedIn_whenSignedOut_thenSessionIsDeletedAndCookieCleared() {
        String session = signIn("emi", "EMPLOYEE");
        String token = csrf(get("/policy", session));

        HttpResponse<String> signedOut = postForm("/sign-out", session, Map.of("_csrf", List.of(token)));

        assertEquals(303, signedOut.statusCode(), signedOut.body());
        assertTrue(setCookie(signedOut).toLowerCase(java.util.Locale.ROOT).contains("max-age=0"), setCookie(signedOut));
        assertEquals(303, get("/policy", session).statusCode(), "the session is gone on the server");
    }
}
