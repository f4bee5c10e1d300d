package org.socialgov.platform.axon;

import java.util.List;
import java.util.Map;

/**
 * What a service tells the platform about its domain: the aggregate classes Axon must event-source.
 * Aggregates are created by Axon, not by Micronaut, so they cannot be discovered as beans.
 */
public interface EventSourcedModel {

    List<Class<?>> aggregateTypes();

    /**
     * Where an auditor reads the integrity report of one aggregate, by aggregate type, as a path with {@code {id}}
     * for its identifier (e.g. {@code /contracts/{id}/integrity}): the problem answered for a broken record points
     * there. A type left out has only the service-wide check.
     */
    default Map<Class<?>, String> integrityReports() {
        return Map.of();
    }
}
