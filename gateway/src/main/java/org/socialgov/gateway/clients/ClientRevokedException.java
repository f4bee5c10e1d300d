package org.socialgov.gateway.clients;

import io.micronaut.http.HttpStatus;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** A revoked client stays revoked: it gets no new secret. Register a new client instead. */
public class ClientRevokedException extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("client-revoked", "The client has been revoked",
        HttpStatus.CONFLICT);

    public ClientRevokedException(String clientId) {
        super(TYPE, "Client '" + clientId + "' has been revoked and gets no new secret; register a new client");
    }
}
