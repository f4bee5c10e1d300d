package org.socialgov.gateway.clients;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The one answer that shows a client's secret: at registration and at rotation. The gateway keeps only a hash, so a
 * lost secret cannot be shown again, only replaced.
 */
@Serdeable
public record ClientWithSecret(String clientSecret, @JsonUnwrapped RegisteredClient client) {

    static ClientWithSecret of(IssuedSecret issued) {
        return new ClientWithSecret(issued.secret(), issued.client());
    }

    @Override
    public String toString() {
        return "ClientWithSecret[client=" + client.clientId() + ", clientSecret=(hidden)]";
    }
}
