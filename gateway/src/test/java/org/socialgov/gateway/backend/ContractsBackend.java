package org.socialgov.gateway.backend;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * A stand-in for the contract service, served by the gateway's own test server: the gateway's {@code contracts}
 * route points back at it. Anonymous here because it is not the gateway's route; the real service checks the
 * internal token itself.
 */
@Controller("/contracts")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(property = "gateway-test.backend", value = "true")
class ContractsBackend {

    /** Longer than any read timeout the tests configure. */
    static final long SLOW_SECONDS = 5;

    @Get("/slow")
    CompletableFuture<String> slow() {
        return CompletableFuture.supplyAsync(() -> "finally",
            CompletableFuture.delayedExecutor(SLOW_SECONDS, TimeUnit.SECONDS));
    }

    @Get("/{id}")
    Echo read(HttpRequest<?> request, String id) {
        return Echo.of(request, null);
    }

    @Post
    HttpResponse<Echo> create(HttpRequest<?> request, @Nullable @Body String body) {
        return HttpResponse.created(Echo.of(request, body), URI.create("/contracts/c-42"));
    }

    @Get("/moved/{id}")
    HttpResponse<?> moved(HttpRequest<?> request, String id) {
        String self = "http://" + request.getHeaders().get("Host");
        return HttpResponse.seeOther(URI.create(self + "/contracts/" + id));
    }
}
