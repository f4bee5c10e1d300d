package org.socialgov.gateway.identity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two HS256 secrets: one verifies the callers' tokens, the other signs the internal tokens the services trust.
 * Checked when the gateway starts ({@code @Context}), because a gateway with a weak or missing secret must not run
 * at all. They must differ: otherwise a user's token would pass straight through to a service.
 */
@Context
public class GatewaySecrets {

    /** HS256 needs a key of at least 256 bits (RFC 7518, 3.2). */
    static final int MIN_BYTES = 32;

    private static final Logger LOG = LoggerFactory.getLogger(GatewaySecrets.class);

    private final byte[] userTokenSecret;
    private final byte[] internalTokenSecret;

    public GatewaySecrets(
        @Value("${micronaut.security.token.jwt.signatures.secret.user.secret:}") String userTokenSecret,
        @Value("${socialgov.gateway.internal-token.secret:}") String internalTokenSecret) {
        this.userTokenSecret = require("SOCIALGOV_JWT_SECRET", userTokenSecret);
        this.internalTokenSecret = require("SOCIALGOV_INTERNAL_JWT_SECRET", internalTokenSecret);
        if (Arrays.equals(this.userTokenSecret, this.internalTokenSecret)) {
            refuse("SOCIALGOV_JWT_SECRET and SOCIALGOV_INTERNAL_JWT_SECRET are the same; they must differ, or a user's"
                + " token would be accepted by the services directly");
        }
    }

    /**
     * Signs the tokens the gateway issues to callers itself: machine clients' tokens and development tokens (people's
     * come from the identity provider).
     */
    public byte[] userTokenSecret() {
        return userTokenSecret.clone();
    }

    /** Signs the internal tokens the services verify. */
    public byte[] internalTokenSecret() {
        return internalTokenSecret.clone();
    }

    private static byte[] require(String variable, String value) {
        byte[] bytes = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_BYTES) {
            refuse(variable + (bytes.length == 0 ? " is not set" : " is only " + bytes.length + " bytes long")
                + "; it must be at least " + MIN_BYTES + " bytes");
        }
        return bytes;
    }

    private static void refuse(String reason) {
        LOG.error("The gateway refuses to start: {}", reason);
        throw new ConfigurationException("The gateway refuses to start: " + reason);
    }
}
