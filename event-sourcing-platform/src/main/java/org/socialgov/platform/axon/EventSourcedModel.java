package org.socialgov.platform.axon;

import java.util.List;

/**
 * What a service tells the platform about its domain: the aggregate classes Axon must event-source.
 * Aggregates are created by Axon, not by Micronaut, so they cannot be discovered as beans.
 */
public interface EventSourcedModel {

    List<Class<?>> aggregateTypes();
}
