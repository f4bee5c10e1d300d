package org.socialgov.console.gateway;

import java.io.IOException;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.console.session.ConsoleSession;

/**
 * The console's only way to the services: the gateway's public API, with the signed-in person's token. A refusal
 * or failure becomes an {@link ApiProblemException} carrying the API's problem, or one in the same words when the
 * gateway cannot be reached or answered something else.
 */
@Singleton
public class GatewayApi {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayApi.class);

    private final HttpClient client;
    private final JsonMapper json;

    public GatewayApi(@Client("${socialgov.console.gateway-url}") HttpClient client, JsonMapper json) {
        this.client = client;
        this.json = json;
    }

    public <T> T get(ConsoleSession session, String path, Class<T> type) {
        return read(exchange(authorized(HttpRequest.GET(path), session)), type);
    }

    /** A change: the body as JSON, with the headers given (Idempotency-Key...); the answer read as {@code type}. */
    public <T> Answer<T> post(ConsoleSession session, String path, Object body, Map<String, String> headers,
                              Class<T> type) {
        MutableHttpRequest<?> request = authorized(HttpRequest.POST(path, body), session)
            .contentType(MediaType.APPLICATION_JSON_TYPE);
        headers.forEach(request::header);
        HttpResponse<String> response = exchange(request);
        return new Answer<>(response.code(), read(response, type));
    }

    /** A replacement (a policy's draft): the body as JSON, with the headers given (If-Match...). */
    public <T> Answer<T> put(ConsoleSession session, String path, Object body, Map<String, String> headers,
                             Class<T> type) {
        MutableHttpRequest<?> request = authorized(HttpRequest.PUT(path, body), session)
            .contentType(MediaType.APPLICATION_JSON_TYPE);
        headers.forEach(request::header);
        HttpResponse<String> response = exchange(request);
        return new Answer<>(response.code(), read(response, type));
    }

    /** A call that needs no signed-in person (the development sign-in). */
    public HttpResponse<String> anonymousPost(String path, Object body) {
        return exchange(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    /** What the API answered: the status (200 or 201 tell a repeat from a first) and the body. */
    public record Answer<T>(int status, T body) {
    }

    private static MutableHttpRequest<?> authorized(MutableHttpRequest<?> request, ConsoleSession session) {
        return request.bearerAuth(session.accessToken()).accept(MediaType.APPLICATION_JSON_TYPE);
    }

    private HttpResponse<String> exchange(MutableHttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            throw new ApiProblemException(problemOf(e));
        } catch (HttpClientException e) {
            LOG.warn("The gateway could not be reached for {} {}: {}", request.getMethod(), request.getPath(),
                e.getMessage());
            throw new ApiProblemException(new ApiProblem(null, "The suite cannot be reached", 503,
                "The console could not reach the gateway. Try again in a moment.", null, null));
        }
    }

    private ApiProblem problemOf(HttpClientResponseException e) {
        String body = e.getResponse().getBody(String.class).orElse("");
        try {
            ApiProblem problem = json.readValue(body, ApiProblem.class);
            if (problem.title() != null) {
                return problem;
            }
        } catch (IOException | RuntimeException unreadable) {
            // Not a problem document: described below from the status alone.
        }
        return new ApiProblem(null, e.getStatus().getReason(), e.getStatus().getCode(), null, null, null);
    }

    private <T> T read(HttpResponse<String> response, Class<T> type) {
        String body = response.getBody(String.class).orElse("");
        if (type == Void.class || body.isEmpty()) {
            return null;
        }
        try {
            return json.readValue(body, Argument.of(type));
        } catch (IOException e) {
            throw new IllegalStateException("The API's answer could not be read as " + type.getSimpleName(), e);
        }
    }
}
