package org.socialgov.platform.axon;

import java.util.function.Function;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Aggregate;

/**
 * Reads an aggregate's current state by replaying its events through the domain code itself, so a read right after
 * a write sees it (no projection lag) and the answer is exactly what the command side would decide on.
 */
@Singleton
public class AggregateReader {

    private final BeanProvider<Configuration> configuration;

    public AggregateReader(BeanProvider<Configuration> configuration) {
        this.configuration = configuration;
    }

    /** The view of the aggregate, with the version (sequence number of its latest event) it was taken at. */
    public <A, V> Versioned<V> read(Class<A> aggregateType, String aggregateId, Function<A, V> view) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            Aggregate<A> aggregate = configuration.get().repository(aggregateType).load(aggregateId);
            Versioned<V> result = new Versioned<>(aggregate.invoke(view), aggregate.version());
            unitOfWork.commit();
            return result;
        } catch (RuntimeException e) {
            unitOfWork.rollback(e);
            throw e;
        }
    }

    public record Versioned<V>(V value, Long version) {
    }
}
