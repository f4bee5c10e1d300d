package org.socialgov.gateway.clients;

/** A client with its new secret in clear: exists only on the way to the one answer that shows it. */
public record IssuedSecret(RegisteredClient client, String secret) {

    @Override
    public String toString() {
        return "IssuedSecret[client=" + client.clientId() + ", secret=(hidden)]";
    }
}
