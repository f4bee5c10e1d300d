package org.socialgov.console.signin;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpResponse;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.socialgov.console.config.ConsoleSettings;
import org.socialgov.console.gateway.ApiProblemException;
import org.socialgov.console.gateway.GatewayApi;

/**
 * The gateway's development tokens ({@code POST /dev/tokens}), which exist only when the gateway has them on. The
 * console asks the gateway rather than keeping a switch of its own, so its development sign-in is there exactly
 * when the gateway would sign such a token.
 */
@Singleton
public class DevTokens {

    private static final String PATH = "/dev/tokens";
    /** The gateway's cap on a development token's life. */
    private static final long MAX_TTL_MINUTES = 1440;

    private final GatewayApi gateway;
    private final JsonMapper json;
    private final long ttlMinutes;

    public DevTokens(GatewayApi gateway, JsonMapper json, ConsoleSettings settings) {
        this.gateway = gateway;
        this.json = json;
        this.ttlMinutes = Math.min(MAX_TTL_MINUTES, settings.getSessionLifetime().toMinutes());
    }

    /** Whether the gateway signs development tokens: an empty request is refused as invalid (400), not unknown (404). */
    public boolean available() {
        try {
            gateway.anonymousPost(PATH, Map.of());
            return true;
        } catch (ApiProblemException e) {
            if (e.status() == 404) {
                return false;
            }
            if (e.status() == 400) {
                return true;
            }
            throw e;
        }
    }

    public DevToken issue(String person, String company, List<String> roles) {
        HttpResponse<String> answer = gateway.anonymousPost(PATH,
            new DevTokenRequest(person, company, roles, ttlMinutes));
        try {
            return json.readValue(answer.getBody(String.class).orElse(""), DevToken.class);
        } catch (IOException e) {
            throw new IllegalStateException("The gateway's development token could not be read", e);
        }
    }

    @Serdeable
    record DevTokenRequest(String subject, String tenant, List<String> roles, long ttlMinutes) {
    }

    @Serdeable
    public record DevToken(String token, Instant expiresAt) {
    }
}
