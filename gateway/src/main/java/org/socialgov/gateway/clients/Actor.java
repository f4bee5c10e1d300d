package org.socialgov.gateway.clients;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Who changed a client's access: the caller's subject and, when the caller is itself a machine client, its client
 * id (an agency client's subject is its provider id, which several clients may share).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Actor(String subject, @Nullable String clientId) {

    /** The claim naming the machine client a token was issued to (RFC 9068). */
    public static final String CLIENT_ID_CLAIM = "client_id";

    public static Actor of(Authentication caller) {
        Object clientId = caller.getAttributes().get(CLIENT_ID_CLAIM);
        return new Actor(caller.getName(), clientId instanceof String id ? id : null);
    }

    @Override
    public String toString() {
        return clientId == null || clientId.equals(subject) ? subject : subject + " (client " + clientId + ")";
    }

    /** An operator at the gateway's command line, named by the operating-system account. */
    public static Actor commandLine() {
        return new Actor("command-line:" + System.getProperty("user.name", "unknown"), null);
    }
}
