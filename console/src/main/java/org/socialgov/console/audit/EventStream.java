package org.socialgov.console.audit;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.micronaut.http.MediaType;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.console.config.ConsoleSettings;
import org.socialgov.console.gateway.ApiProblem;
import org.socialgov.console.gateway.ApiProblemException;
import org.socialgov.console.session.ConsoleSession;

/**
 * An export passed from the API to the browser as it is read, never held whole. Micronaut's blocking client reads a
 * body whole before answering, so this one call uses the JDK's client, which hands the body over as a stream once
 * the status is known (as the suite's own tests read exports), and the console answers it as a streamed file. A
 * refusal is read whole (a small problem document) and shown as any other API problem.
 */
@Singleton
public class EventStream {

    private static final Logger LOG = LoggerFactory.getLogger(EventStream.class);
    private static final String NDJSON = "application/x-ndjson";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ConsoleSettings settings;
    private final JsonMapper json;

    public EventStream(ConsoleSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
    }

    /** The API's export at {@code path}, to be streamed to the browser; or the API's problem as an exception. */
    public StreamedFile open(ConsoleSession session, String path) {
        HttpRequest request = HttpRequest.newBuilder(settings.getGatewayUrl().resolve(path)).GET()
            .header("Authorization", "Bearer " + session.accessToken())
            .header("Accept", NDJSON + ", " + MediaType.APPLICATION_JSON).build();
        HttpResponse<InputStream> answer;
        try {
            answer = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            LOG.warn("The gateway could not be reached for the export {}: {}", path, e.getMessage());
            throw unreachable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable();
        }
        if (answer.statusCode() != 200) {
            throw new ApiProblemException(problem(answer));
        }
        return new StreamedFile(answer.body(), MediaType.of(NDJSON));
    }

    private ApiProblem problem(HttpResponse<InputStream> answer) {
        try (InputStream body = answer.body()) {
            ApiProblem problem = json.readValue(body.readAllBytes(), ApiProblem.class);
            if (problem.title() != null) {
                return problem;
            }
        } catch (IOException | RuntimeException unreadable) {
            // Not a problem document: described below from the status alone.
        }
        return new ApiProblem(null, "The export could not be made", answer.statusCode(), null, null, null);
    }

    private static ApiProblemException unreachable() {
        return new ApiProblemException(new ApiProblem(null, "The suite cannot be reached", 503,
            "The console could not reach the gateway. Try again in a moment.", null, null));
    }
}
