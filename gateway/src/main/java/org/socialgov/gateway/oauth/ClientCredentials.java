package org.socialgov.gateway.oauth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import io.micronaut.http.HttpRequest;

/**
 * The client id and secret of a token request: by HTTP Basic (preferred: the secret stays out of bodies that get
 * logged), or as {@code client_id} and {@code client_secret} in the form. Only one way per request (RFC 6749, 2.3).
 * Under Basic both parts are form-encoded first (RFC 6749, 2.3.1), so they are decoded after Base64.
 */
record ClientCredentials(String clientId, String secret) {

    private static final String BASIC = "Basic ";

    static ClientCredentials of(HttpRequest<?> request, TokenForm form) {
        Optional<String> basic = request.getHeaders().getAuthorization()
            .filter(value -> value.regionMatches(true, 0, BASIC, 0, BASIC.length()));
        Optional<String> formSecret = form.get("client_secret");
        Optional<String> formId = form.get("client_id");
        if (basic.isPresent() && formSecret.isPresent()) {
            throw new OAuthException(OAuthError.INVALID_REQUEST,
                "Send the client's credentials one way only: by HTTP Basic or in the form, not both");
        }
        if (basic.isPresent()) {
            ClientCredentials credentials = fromBasic(basic.get().substring(BASIC.length()).strip());
            if (formId.isPresent() && !formId.get().equals(credentials.clientId())) {
                throw new OAuthException(OAuthError.INVALID_REQUEST,
                    "client_id in the form differs from the client authenticated by HTTP Basic");
            }
            return credentials;
        }
        if (formSecret.isPresent() && formId.isPresent()) {
            return new ClientCredentials(formId.get(), formSecret.get());
        }
        throw new OAuthException(OAuthError.INVALID_CLIENT, "Client authentication is required: HTTP Basic with the"
            + " client id and secret, or client_id and client_secret in the form");
    }

    private static ClientCredentials fromBasic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformedBasic();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw malformedBasic();
        }
        try {
            return new ClientCredentials(URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw malformedBasic();
        }
    }

    private static OAuthException malformedBasic() {
        return new OAuthException(OAuthError.INVALID_CLIENT,
            "The Authorization header is not HTTP Basic of the form base64(client_id:client_secret)");
    }

    @Override
    public String toString() {
        return "ClientCredentials[clientId=" + clientId + ", secret=(hidden)]";
    }
}
