package org.socialgov.gateway.oauth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/** A successful token response (RFC 6749, 5.1): a bearer token and its lifetime in seconds. */
@Serdeable
public record TokenResponse(@JsonProperty("access_token") String accessToken,
                            @JsonProperty("token_type") String tokenType,
                            @JsonProperty("expires_in") long expiresIn) {

    static TokenResponse bearer(ClientTokenIssuer.AccessToken token) {
        return new TokenResponse(token.value(), "Bearer", token.lifetime().toSeconds());
    }

    @Override
    public String toString() {
        return "TokenResponse[(hidden), expiresIn=" + expiresIn + "]";
    }
}
