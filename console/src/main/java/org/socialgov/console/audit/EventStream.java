package org.socialgov.console.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.client.ProxyHttpClient;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.netty.NettyHttpResponseBuilder;
import io.micronaut.json.JsonMapper;
import io.netty.handler.codec.http.HttpContent;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import org.socialgov.console.config.ConsoleSettings;
import org.socialgov.console.gateway.ApiProblem;
import org.socialgov.console.gateway.ApiProblemException;
import org.socialgov.console.session.ConsoleSession;

/**
 * An export streamed from the API to the browser without holding it: the gateway's answer passed on as it arrives
 * (the proxy client, as the gateway itself streams), once its status says it is the file. A refusal is read whole
 * (a small problem document) and shown as any other API problem.
 */
@Singleton
public class EventStream {

    private static final long ANSWER_SECONDS = 60;
    private static final MediaType NDJSON = MediaType.of("application/x-ndjson");

    private final ProxyHttpClient client;
    private final ConsoleSettings settings;
    private final JsonMapper json;

    public EventStream(ProxyHttpClient client, ConsoleSettings settings, JsonMapper json) {
        this.client = client;
        this.settings = settings;
        this.json = json;
    }

    /** The API's answer to {@code path}, its body still to be read; or the API's problem as an exception. */
    public MutableHttpResponse<?> open(ConsoleSession session, String path) {
        HttpRequest<?> request = HttpRequest.GET(settings.getGatewayUrl().resolve(path))
            .bearerAuth(session.accessToken()).accept(NDJSON, MediaType.APPLICATION_JSON_TYPE);
        MutableHttpResponse<?> answer = first(client.proxy(request));
        if (answer.code() != 200) {
            throw new ApiProblemException(problem(answer));
        }
        return answer;
    }

    private ApiProblem problem(MutableHttpResponse<?> answer) {
        try {
            ApiProblem problem = json.readValue(body(answer).get(ANSWER_SECONDS, TimeUnit.SECONDS), ApiProblem.class);
            if (problem.title() != null) {
                return problem;
            }
        } catch (IOException | ExecutionException | TimeoutException | RuntimeException unreadable) {
            // Not a problem document: described below from the status alone.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new ApiProblem(null, answer.reason(), answer.code(), null, null, null);
    }

    /** The whole body of a streamed answer (only ever a refusal's small problem document). */
    private static CompletableFuture<byte[]> body(MutableHttpResponse<?> answer) {
        CompletableFuture<byte[]> body = new CompletableFuture<>();
        if (!(answer instanceof NettyHttpResponseBuilder netty) || !netty.isStream()) {
            body.completeExceptionally(new IllegalStateException("Not a streamed answer"));
            return body;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        netty.toStreamHttpResponse().subscribe(new Subscriber<HttpContent>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(HttpContent content) {
                try {
                    byte[] chunk = new byte[content.content().readableBytes()];
                    content.content().readBytes(chunk);
                    bytes.writeBytes(chunk);
                } finally {
                    content.release();
                }
            }

            @Override
            public void onError(Throwable failure) {
                body.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                body.complete(bytes.toByteArray());
            }
        });
        return body;
    }

    /** The proxy's one answer, waited for on this (blocking) request thread. */
    private static MutableHttpResponse<?> first(Publisher<MutableHttpResponse<?>> answers) {
        CompletableFuture<MutableHttpResponse<?>> first = new CompletableFuture<>();
        answers.subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(1);
            }

            @Override
            public void onNext(MutableHttpResponse<?> response) {
                first.complete(response);
            }

            @Override
            public void onError(Throwable failure) {
                first.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                first.completeExceptionally(new HttpClientException("The gateway gave no answer"));
            }
        });
        try {
            return first.get(ANSWER_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw unreachable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable();
        }
    }

    private static ApiProblemException unreachable() {
        return new ApiProblemException(new ApiProblem(null, "The suite cannot be reached", 503,
            "The console could not reach the gateway. Try again in a moment.", null, null));
    }
}
