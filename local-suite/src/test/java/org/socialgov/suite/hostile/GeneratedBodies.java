package org.socialgov.suite.hostile;

import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Request bodies the specs' schemas accept, generated as the hostile tests generate their valid requests, for the
 * end-to-end tests outside this package that need a command to get past validation and reach its object.
 */
public final class GeneratedBodies {

    private final Map<String, SpecOperation> operations;

    private GeneratedBodies(Map<String, SpecOperation> operations) {
        this.operations = operations;
    }

    public static GeneratedBodies fromSpecs() {
        return new GeneratedBodies(SpecOperations.all().stream()
            .collect(Collectors.toMap(SpecOperation::key, Function.identity())));
    }

    /** A valid body for the operation, the same for the same seed; empty for an operation without a JSON object body. */
    public Optional<ObjectNode> valid(String spec, String method, String pathTemplate, long seed) {
        SpecOperation operation = operations.get(spec + " " + method + " " + pathTemplate);
        if (operation == null) {
            throw new IllegalArgumentException("No operation " + method + " " + pathTemplate + " in " + spec);
        }
        if (operation.body() == null) {
            return Optional.empty();
        }
        return Optional.of(new ValidValues(new Random(seed)).of(operation.body()))
            .filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast);
    }
}
