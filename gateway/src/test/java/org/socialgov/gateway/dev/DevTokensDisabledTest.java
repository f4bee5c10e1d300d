package org.socialgov.gateway.dev;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.socialgov.gateway.GatewayTestSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Development tokens are off unless switched on. */
@MicronautTest
class DevTokensDisabledTest extends GatewayTestSupport {

    @Test
    void givenDefaults_thenTheTokenRouteDoesNotExist() {
        HttpResponse<String> response = send(request("/dev/tokens").header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString("{\"subject\":\"bob\",\"tenant\":\"acme\",\"roles\":[\"AUDITOR\"]}")));

        assertEquals(404, response.statusCode(), response.body());
        assertEquals(PROBLEM_JSON, response.headers().firstValue("Content-Type").orElse(""));
    }
}
