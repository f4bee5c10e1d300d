package org.socialgov.gateway.clients;

import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/** No such client, or another tenant's: the two answer alike so that client ids of other tenants reveal nothing. */
public class ClientNotFoundException extends ProblemException {

    public ClientNotFoundException(String clientId) {
        super(ProblemType.NOT_FOUND, "Your company has no client '" + clientId + "'");
    }
}
