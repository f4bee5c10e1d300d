package org.socialgov.gateway.identity;

import java.util.Optional;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenValidator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Puts VerifiedTokens in front of micronaut-security's token verification: a token verified before and not expired
 * since proves the same identity again without being parsed and checked; any other token goes through every check,
 * and is remembered only if it passes them all. None of those checks reads the request, only the token and the time,
 * so what a token proved on one request it proves on the next until it expires. Wraps the verifier as it is created
 * rather than replacing it, so that the checks stay micronaut-security's own (signatures, claims validators,
 * TenantClaimValidator).
 */
@Singleton
public class TokenVerificationOnce implements BeanCreatedEventListener<ReactiveJsonWebTokenValidator<?, ?>> {

    private final VerifiedTokens verified;

    public TokenVerificationOnce(VerifiedTokens verified) {
        this.verified = verified;
    }

    @Override
    public ReactiveJsonWebTokenValidator<?, ?> onCreated(BeanCreatedEvent<ReactiveJsonWebTokenValidator<?, ?>> event) {
        return remembering(event.getBean());
    }

    private <T, R> ReactiveJsonWebTokenValidator<T, R> remembering(ReactiveJsonWebTokenValidator<T, R> verifier) {
        return new Remembering<>(verifier, verified);
    }

    private record Remembering<T, R>(ReactiveJsonWebTokenValidator<T, R> verifier, VerifiedTokens verified)
        implements ReactiveJsonWebTokenValidator<T, R> {

        @Override
        public Publisher<Authentication> validateToken(String token, R request) {
            Optional<Authentication> known = verified.known(token);
            if (known.isPresent()) {
                return Mono.just(known.get());
            }
            return Mono.from(verifier.validateToken(token, request))
                .doOnNext(caller -> verified.remember(token, caller));
        }

        @Override
        public Publisher<T> validate(String token, R request) {
            return verifier.validate(token, request);
        }
    }
}
