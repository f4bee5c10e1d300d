package org.socialgov.platform.config;

import java.nio.charset.StandardCharsets;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;

/**
 * Refuses to start a service whose internal-token secret is missing or too short to be an HS256 key, with a message
 * that names the variable, rather than failing on the first request.
 */
@Context
public class InternalTokenSecretCheck {

    static final int MINIMUM_BYTES = 32;

    public InternalTokenSecretCheck(
        @Value("${micronaut.security.token.jwt.signatures.secret.internal.secret:}") String secret) {
        int length = secret.getBytes(StandardCharsets.UTF_8).length;
        if (length < MINIMUM_BYTES) {
            throw new ConfigurationException("SOCIALGOV_INTERNAL_JWT_SECRET must be at least " + MINIMUM_BYTES
                + " bytes (the gateway signs callers' identities with it), but it is " + length + " bytes long");
        }
    }
}
