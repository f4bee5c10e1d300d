package org.socialgov.gateway.oauth;

import java.util.Map;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.gateway.clients.ClientRegistry;
import org.socialgov.gateway.clients.RegisteredClient;
import org.socialgov.gateway.store.MachineClientsFeature;

/**
 * The OAuth 2.0 token endpoint for machine clients, client-credentials grant only (RFC 6749, 4.4): a registered
 * client proves itself with its id and secret and gets a short-lived bearer token for the API. Open to anyone,
 * since the credentials are the authentication; under {@code /api}, so the rate limiter slows down guessing.
 */
@Controller("/api/oauth/token")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = MachineClientsFeature.MONGODB_URI, pattern = MachineClientsFeature.ON)
public class TokenEndpointController {

    static final String CLIENT_CREDENTIALS = "client_credentials";
    private static final Logger LOG = LoggerFactory.getLogger(TokenEndpointController.class);

    private final ClientRegistry registry;
    private final ClientTokenIssuer issuer;

    public TokenEndpointController(ClientRegistry registry, ClientTokenIssuer issuer) {
        this.registry = registry;
        this.issuer = issuer;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<TokenResponse> token(HttpRequest<?> request, @Nullable @Body Map<String, Object> body) {
        TokenForm form = new TokenForm(body);
        String grantType = form.get("grant_type").orElseThrow(() ->
            new OAuthException(OAuthError.INVALID_REQUEST, "grant_type is required; this endpoint supports "
                + CLIENT_CREDENTIALS));
        if (!CLIENT_CREDENTIALS.equals(grantType)) {
            throw new OAuthException(OAuthError.UNSUPPORTED_GRANT_TYPE,
                "Only the " + CLIENT_CREDENTIALS + " grant is supported, not " + grantType);
        }
        ClientCredentials credentials = ClientCredentials.of(request, form);
        RegisteredClient client = registry.authenticate(credentials.clientId(), credentials.secret())
            .orElseThrow(() -> {
                LOG.warn("Token refused: client id {} with a wrong secret, unknown or revoked (from {})",
                    credentials.clientId(), request.getRemoteAddress().getAddress().getHostAddress());
                return new OAuthException(OAuthError.INVALID_CLIENT,
                    "Unknown client, wrong secret, or revoked client");
            });
        ClientTokenIssuer.AccessToken token = issuer.issue(client);
        LOG.info("Issued a token to client {} of tenant {} (secret generation {})", client.clientId(),
            client.tenant(), client.secretGeneration());
        return HttpResponse.ok(TokenResponse.bearer(token))
            .header(HttpHeaders.CACHE_CONTROL, "no-store")
            .header(HttpHeaders.PRAGMA, "no-cache");
    }
}
