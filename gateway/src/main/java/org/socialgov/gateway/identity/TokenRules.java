package org.socialgov.gateway.identity;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.nimbusds.jose.Algorithm;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;

/**
 * What the gateway requires of a bearer token beyond what micronaut-security checks (a good signature, an expiry
 * not passed) and TenantClaimValidator (a tenant, an expiry at all): that it is signed with an algorithm configured
 * for it, HS256 for the gateway's own tokens, the identity provider's algorithms for its tokens (a token signed with
 * HS512 and the same secret would pass micronaut-security); that it is not dated in the future, by {@code nbf} or
 * {@code iat}, beyond the allowed clock skew; and that it does not live longer than the maximum lifetime.
 *
 * <p>Lifetime: {@code exp - iat}, the lifetime the issuer gave the token. A token without {@code iat} cannot say
 * when it was issued, so what is left of it, {@code exp - now}, may not exceed the maximum (plus the clock skew, as
 * the issuer's clock may be ahead): such a token is judged as if issued just now, never more leniently.
 *
 * <p>The rules are applied to the token as presented, before its signature is verified: they only ever refuse,
 * and a token they let through still has to pass every check of micronaut-security.
 */
@Context
public class TokenRules {

    private static final Set<JWSAlgorithm> ASYMMETRIC = Set.copyOf(JWSAlgorithm.Family.SIGNATURE);

    private final Set<JWSAlgorithm> accepted;
    private final String acceptedInWords;
    private final Duration maxLifetime;
    private final Duration clockSkew;
    private final Clock clock;

    public TokenRules(TokenSettings settings, IdentityProviderSettings provider,
                      @Value("${micronaut.security.token.jwt.signatures.secret.user.jws-algorithm:HS256}")
                      String ownAlgorithm, Clock clock) {
        this.maxLifetime = settings.getMaxLifetime();
        this.clockSkew = settings.getClockSkew();
        if (maxLifetime.isNegative() || maxLifetime.isZero()) {
            throw new ConfigurationException("socialgov.gateway.tokens.max-lifetime is " + maxLifetime
                + "; it must be positive");
        }
        if (clockSkew.isNegative() || clockSkew.compareTo(TokenSettings.MAX_CLOCK_SKEW) > 0) {
            throw new ConfigurationException("socialgov.gateway.tokens.clock-skew is " + clockSkew
                + "; it must be between 0 and " + words(TokenSettings.MAX_CLOCK_SKEW));
        }
        Set<JWSAlgorithm> algorithms = new LinkedHashSet<>();
        algorithms.add(JWSAlgorithm.parse(ownAlgorithm));
        String inWords = ownAlgorithm + " (the gateway's own tokens)";
        if (provider.isConfigured()) {
            Set<JWSAlgorithm> providers = providerAlgorithms(provider);
            algorithms.addAll(providers);
            inWords += " and " + providers.stream().map(Algorithm::getName).collect(Collectors.joining(" or "))
                + " (the identity provider's)";
        }
        this.accepted = Set.copyOf(algorithms);
        this.acceptedInWords = inWords;
        this.clock = clock;
    }

    /** The algorithms the identity provider's tokens may be signed with: public-key ones only. */
    static Set<JWSAlgorithm> providerAlgorithms(IdentityProviderSettings provider) {
        Set<JWSAlgorithm> algorithms = provider.getAlgorithms().stream().map(JWSAlgorithm::parse)
            .collect(Collectors.toCollection(LinkedHashSet::new));
        if (algorithms.isEmpty() || !ASYMMETRIC.containsAll(algorithms)) {
            throw new ConfigurationException("SOCIALGOV_IDP_ALGORITHMS is " + provider.getAlgorithms()
                + "; it must name one or more of " + ASYMMETRIC.stream().map(Algorithm::getName).sorted()
                .collect(Collectors.joining(", ")));
        }
        return algorithms;
    }

    /** Empty if the token may go on to be verified; else why it is refused, in words. */
    public Optional<String> refusal(String token) {
        JWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = JWTParser.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException unreadable) {
            // Not a JWT the gateway can read: micronaut-security refuses it like any other bad token.
            return Optional.empty();
        }
        if (claims == null) {
            // Encrypted: the gateway decrypts no token, so micronaut-security refuses it too.
            return Optional.empty();
        }
        if (jwt instanceof PlainJWT) {
            return Optional.of("The token is not signed; this gateway accepts " + acceptedInWords);
        }
        if (jwt instanceof SignedJWT signed && !accepted.contains(signed.getHeader().getAlgorithm())) {
            return Optional.of("The token is signed with " + signed.getHeader().getAlgorithm()
                + "; this gateway accepts only " + acceptedInWords);
        }
        Instant now = clock.instant();
        Instant latest = now.plus(clockSkew);
        Instant notBefore = instant(claims.getNotBeforeTime());
        if (notBefore != null && notBefore.isAfter(latest)) {
            return Optional.of("The token is not valid before " + notBefore + " (nbf), more than "
                + clockSkew.toSeconds() + " s after the gateway's time " + now.truncatedTo(ChronoUnit.SECONDS));
        }
        Instant issuedAt = instant(claims.getIssueTime());
        if (issuedAt != null && issuedAt.isAfter(latest)) {
            return Optional.of("The token was issued at " + issuedAt + " (iat), more than " + clockSkew.toSeconds()
                + " s after the gateway's time " + now.truncatedTo(ChronoUnit.SECONDS));
        }
        Instant expiry = instant(claims.getExpirationTime());
        if (expiry == null) {
            return Optional.empty();
        }
        if (issuedAt != null && Duration.between(issuedAt, expiry).compareTo(maxLifetime) > 0) {
            return Optional.of("The token lives " + words(Duration.between(issuedAt, expiry))
                + " from iat to exp, longer than the " + words(maxLifetime) + " this gateway accepts");
        }
        if (issuedAt == null && Duration.between(latest, expiry).compareTo(maxLifetime) > 0) {
            return Optional.of("The token has no iat and expires in " + words(Duration.between(now, expiry))
                + ", later than the " + words(maxLifetime) + " this gateway accepts");
        }
        return Optional.empty();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** A duration as people write it: 24 h, 60 s, 1 h 30 min. */
    static String words(Duration duration) {
        StringBuilder words = new StringBuilder();
        append(words, duration.toHours(), "h");
        append(words, duration.toMinutesPart(), "min");
        append(words, duration.toSecondsPart(), "s");
        return words.isEmpty() ? "0 s" : words.toString();
    }

    private static void append(StringBuilder words, long amount, String unit) {
        if (amount != 0) {
            words.append(words.isEmpty() ? "" : " ").append(amount).append(' ').append(unit);
        }
    }
}
