package org.socialgov.gateway;

import java.net.http.HttpResponse;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class OperationsTest extends GatewayTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"/health", "/health/liveness", "/health/readiness"})
    void healthAnswersWithoutToken(String path) {
        HttpResponse<String> response = send(request(path));

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("UP"), response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/prometheus"})
    void metricsAnswerWithoutToken(String path) {
        HttpResponse<String> response = send(request(path));

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("jvm_memory_used_bytes"), response.body());
    }
}
