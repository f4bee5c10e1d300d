package org.socialgov.suite.hostile;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * One operation of a service spec, with everything a request generator needs: how it is called, who may call it
 * (the scopes of its security requirement; none for a public one), its parameters and body schema with every
 * reference resolved, and the statuses its responses declare.
 */
record SpecOperation(String spec, String operationId, String method, String pathTemplate, List<String> roles,
                     List<Parameter> parameters, Schema<?> body, boolean bodyRequired, Set<Integer> declaredStatuses) {

    boolean open() {
        return roles.isEmpty();
    }

    List<Parameter> parameters(String in) {
        return parameters.stream().filter(parameter -> in.equals(parameter.getIn())).toList();
    }

    Optional<Parameter> header(String name) {
        return parameters("header").stream().filter(parameter -> parameter.getName().equalsIgnoreCase(name))
            .findFirst();
    }

    boolean mutates() {
        return !method.equals("GET");
    }

    /** Unique across the specs: the operators' operations share their operationId in every service. */
    String key() {
        return spec + " " + method + " " + pathTemplate;
    }

    String label() {
        return method + " " + pathTemplate + " (" + operationId + ")";
    }
}
