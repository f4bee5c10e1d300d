package org.socialgov.gateway.oauth;

import java.util.Optional;
import java.util.concurrent.ExecutorService;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.Claims;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.socialgov.gateway.clients.Actor;
import org.socialgov.gateway.clients.ClientAccess;
import org.socialgov.gateway.identity.InternalTokenIssuer;
import org.socialgov.gateway.store.MachineClientsFeature;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * A machine client's token is good only while its client is: it is accepted only while the client is ACTIVE and
 * the token's secret generation ({@code gen}) is the current one, so revoking a client or rotating its secret ends
 * the tokens already issued instead of letting them live out their lifetime. Only the gateway's own client tokens
 * are checked (issuer {@code socialgov-gateway} with a {@code client_id}); an identity provider's token may carry a
 * {@code client_id} too (RFC 9068), but its clients are the provider's business. The registry read, when the cache
 * has nothing fresh, runs on the blocking pool, never on the event loop.
 */
@Singleton
public class ClientTokenValidator {

    private final Optional<ClientStatusCache> cache;
    private final Scheduler blocking;

    public ClientTokenValidator(Optional<ClientStatusCache> cache,
                                @Named(TaskExecutors.BLOCKING) ExecutorService blockingExecutor) {
        this.cache = cache;
        this.blocking = Schedulers.fromExecutorService(blockingExecutor);
    }

    /** Whether the caller's token is one of the gateway's own client tokens, which only a check here lets through. */
    public boolean checks(Authentication caller) {
        return InternalTokenIssuer.ISSUER.equals(caller.getAttributes().get(Claims.ISSUER))
            && caller.getAttributes().get(Actor.CLIENT_ID_CLAIM) != null;
    }

    /** Empty if the caller's token may be used; else why not. */
    public Mono<Optional<String>> refusal(Authentication caller) {
        if (!checks(caller)) {
            return Mono.just(Optional.empty());
        }
        Object clientId = caller.getAttributes().get(Actor.CLIENT_ID_CLAIM);
        if (cache.isEmpty()) {
            return Mono.just(Optional.of(MachineClientsFeature.OFF_REASON + "; its client tokens cannot be checked"));
        }
        if (!(caller.getAttributes().get(ClientTokenIssuer.GENERATION_CLAIM) instanceof Number generation)) {
            return Mono.just(Optional.of("The token carries no secret generation"));
        }
        String id = clientId.toString();
        return cache.get().fresh(id).map(Mono::just)
            .orElseGet(() -> Mono.fromCallable(() -> cache.get().load(id)).subscribeOn(blocking))
            .map((ClientAccess access) -> access.refusalFor(generation.longValue()));
    }
}
