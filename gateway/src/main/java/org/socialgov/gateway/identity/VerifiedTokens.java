package org.socialgov.gateway.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.Claims;
import jakarta.inject.Singleton;

/**
 * Bearer tokens already verified, with the identity each one proved, so that a client sending the same token on
 * every request has it parsed and its signature checked once. Kept by the SHA-256 of the whole token (the token
 * itself is not kept): a token that differs in any character is another key and is verified afresh. Kept until the
 * token's expiry and never at or after it, and at most {@link #RECHECK_AFTER}: the identity provider's keys are
 * re-read as often, so a token whose key the provider has withdrawn is trusted no longer than before. Only tokens
 * that passed every check get here; a refused one is checked again each time it is shown. At most
 * {@link #CAPACITY} tokens.
 */
@Singleton
public class VerifiedTokens {

    static final int CAPACITY = 10_000;
    static final Duration RECHECK_AFTER = Duration.ofSeconds(60);

    private final ExpiringCache<String, Authentication> verified;
    private final Clock clock;

    public VerifiedTokens(Clock clock) {
        this.verified = new ExpiringCache<>(CAPACITY, clock);
        this.clock = clock;
    }

    /** The identity this very token proved, if it was verified and has not expired since. */
    public Optional<Authentication> known(String token) {
        return verified.get(hash(token));
    }

    /** Keeps what the token proved, once it passed every check. */
    void remember(String token, Authentication caller) {
        Instant expiry = expiry(caller);
        if (expiry == null) {
            return;
        }
        Instant recheck = clock.instant().plus(RECHECK_AFTER);
        verified.put(hash(token), caller, expiry.isBefore(recheck) ? expiry : recheck);
    }

    private static Instant expiry(Authentication caller) {
        Object expiry = caller.getAttributes().get(Claims.EXPIRATION_TIME);
        if (expiry instanceof Date date) {
            return date.toInstant();
        }
        return expiry instanceof Number seconds ? Instant.ofEpochSecond(seconds.longValue()) : null;
    }

    private static String hash(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
