package org.socialgov.console.signin;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.socialgov.console.ConsoleTestSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class DevSignInHttpTest extends ConsoleTestSupport {

    @Test
    void givenGatewayRefusesTheFields_thenEachMessageIsShownBesideItsInput() {
        HttpResponse<String> form = get("/sign-in/dev", null);

        HttpResponse<String> refused = postForm("/sign-in/dev", sessionCookie(form), Map.of("_csrf",
            List.of(csrf(form)), "company", List.of("acme"), "person", List.of(""), "roles", List.of("EMPLOYEE")));

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("<p class=\"error\" id=\"person-error\">must not be blank</p>"),
            refused.body());
        assertTrue(refused.body().contains("value=\"EMPLOYEE\" checked"), "the roles chosen stay chosen");
    }
}
