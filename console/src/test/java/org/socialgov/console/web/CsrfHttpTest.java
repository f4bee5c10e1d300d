package org.socialgov.console.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialgov.console.ConsoleTestSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class CsrfHttpTest extends ConsoleTestSupport {

    private static final Map<String, List<String>> ACKNOWLEDGE = Map.of("policyId", List.of("p-acme"),
        "versionNo", List.of("1"));

    @BeforeEach
    void forgetChanges() {
        gateway.changes.clear();
    }

    @Test
    void givenFormWithoutToken_whenSent_thenForbiddenPageAndNothingDone() {
        String session = signIn("emi", "EMPLOYEE");

        HttpResponse<String> response = postForm("/policy/acknowledgement", session, ACKNOWLEDGE);

        assertEquals(403, response.statusCode(), response.body());
        assertTrue(response.body().contains("nothing was done"), response.body());
        assertEquals(List.of(), gateway.changes);
    }

    @Test
    void givenAnotherSessionsToken_whenSent_thenForbiddenAndNothingDone() {
        String session = signIn("emi", "EMPLOYEE");
        String otherToken = csrf(get("/policy", signIn("taro", "EMPLOYEE")));

        HttpResponse<String> response = postForm("/policy/acknowledgement", session,
            withToken(otherToken));

        assertEquals(403, response.statusCode(), response.body());
        assertEquals(List.of(), gateway.changes);
    }

    @Test
    void givenSessionsToken_whenSentAsFieldOrHtmxHeader_thenDone() {
        String session = signIn("emi", "EMPLOYEE");
        String token = csrf(get("/policy", session));

        HttpResponse<String> asField = postForm("/policy/acknowledgement", session, withToken(token));
        HttpResponse<String> asHeader = postForm("/policy/acknowledgement", session, ACKNOWLEDGE,
            "X-CSRF-Token", token, "HX-Request", "true");

        assertEquals(200, asField.statusCode(), asField.body());
        assertEquals(200, asHeader.statusCode(), asHeader.body());
        assertTrue(asHeader.body().trim().startsWith("<section id=\"acknowledgement\""), "htmx gets the box alone");
        assertEquals(2, gateway.changes.size(), gateway.changes.toString());
        assertTrue(gateway.changes.get(0).contains("\"channel\":\"console\""), gateway.changes.toString());
    }

    private static Map<String, List<String>> withToken(String token) {
        return Map.of("policyId", List.of("p-acme"), "versionNo", List.of("1"), "_csrf", List.of(token));
    }
}
