package org.socialgov.gateway.routing;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.socialgov.gateway.GatewayTestSupport;
import org.socialgov.gateway.backend.Echo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class ProxyRoutingTest extends GatewayTestSupport {

    @Test
    void givenPostWithQueryAndBody_whenRouted_thenBothArriveAndLocationIsTheGatewaysOwn() {
        String body = "{\"title\":\"Agency contract\",\"note\":\"äöü\"}";

        HttpResponse<String> response = send(authorized("/api/contracts?dryRun=true&note=a%20b%26c")
            .header("Content-Type", "application/json")
            .expectContinue(true)
            .POST(BodyPublishers.ofString(body)));

        assertEquals(201, response.statusCode(), response.body());
        Echo echo = echo(response);
        assertEquals("POST", echo.method());
        assertEquals("/contracts", echo.path());
        assertEquals("dryRun=true&note=a%20b%26c", echo.query());
        assertEquals(body, echo.body());
        assertFalse(echo.headers().containsKey("expect"), "the gateway answers 100-continue itself");
        assertEquals("/api/contracts/c-42", response.headers().firstValue("Location").orElse(null));
    }

    @Test
    void givenServiceRedirectsToItsOwnAddress_thenLocationPointsAtTheGateway() {
        HttpResponse<String> response = send(authorized("/api/contracts/moved/c-7"));

        assertEquals(303, response.statusCode(), response.body());
        assertEquals("/api/contracts/c-7", response.headers().firstValue("Location").orElse(null));
    }

    @Test
    void givenUnknownApiRoute_thenNotFoundProblem() {
        HttpResponse<String> withToken = send(authorized("/api/unknown/x"));
        HttpResponse<String> withoutToken = send(request("/api/unknown/x"));

        assertNotFoundProblem(withToken);
        assertNotFoundProblem(withoutToken);
    }

    @Test
    void givenDotSegmentsOutOfThePublicRoute_thenNotRouted() {
        HttpResponse<String> response = send(request("/api/public/../contracts/c-1"));

        assertNotFoundProblem(response);
    }

    private void assertNotFoundProblem(HttpResponse<String> response) {
        assertEquals(404, response.statusCode(), response.body());
        assertEquals(PROBLEM_JSON, response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("https://socialgov.org/problems/not-found", json(response).get("type"));
        assertTrue(response.headers().firstValue("X-Request-Id").isPresent());
    }
}
