package org.socialgov.platform.axon;

import java.util.List;
import java.util.Map;

/**
 * What a service tells the platform about its domain: the aggregate classes Axon must event-source, each with its
 * {@link BusinessName}. Aggregates are created by Axon, not by Micronaut, so they cannot be discovered as beans.
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

    /**
     * The identifier as callers name the aggregate, where its own differs (a staff record is identified by company
     * and person; callers name the person): what an answer that it does not exist shows.
     */
    default String identifierAsNamed(Class<?> aggregateType, String aggregateId) {
        return aggregateId;
    }
}
