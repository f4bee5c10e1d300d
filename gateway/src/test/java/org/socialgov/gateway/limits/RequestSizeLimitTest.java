package org.socialgov.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.socialgov.gateway.GatewayTestSupport;

/** The default limit is 1 MB: a larger body is refused at the gateway. */
@MicronautTest
class RequestSizeLimitTest extends GatewayTestSupport {

    @Test
    void givenBodyOverOneMegabyte_whenPosted_thenPayloadTooLargeProblem() {
        String twoMegabytes = "{\"title\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";

        HttpResponse<String> refused = send(authorized("/api/contracts").header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(twoMegabytes)));

        assertEquals(413, refused.statusCode(), refused.body());
        assertEquals(PROBLEM_JSON, refused.headers().firstValue("Content-Type").orElse(""));
        assertEquals("https://socialgov.org/problems/payload-too-large", json(refused).get("type"));
    }

    @Test
    void givenBodyUnderTheLimit_whenPosted_thenPassedOn() {
        HttpResponse<String> passed = send(authorized("/api/contracts").header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + "x".repeat(500_000) + "\"}")));

        assertEquals(201, passed.statusCode(), passed.body());
    }
}
