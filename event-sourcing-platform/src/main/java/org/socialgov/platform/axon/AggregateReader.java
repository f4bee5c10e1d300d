package org.socialgov.platform.axon;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

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

    /**
     * The view of the aggregate as it was after the last event that {@code upTo} accepts (events are read in order
     * from the first, snapshots ignored), rebuilt by the aggregate's own event sourcing handlers. Refuses with 404
     * when not even the first event qualifies: the aggregate did not exist yet.
     */
    public <A, V> Versioned<V> readAsOf(Class<A> aggregateType, String aggregateId,
                                         Predicate<DomainEventMessage<?>> upTo, Function<A, V> view) {
        List<? extends DomainEventMessage<?>> events = configuration.get().eventStore().readEvents(aggregateId, 0)
            .asStream().takeWhile(upTo).toList();
        if (events.isEmpty()) {
            throw new ProblemException(ProblemType.NOT_FOUND, "'" + aggregateId + "' did not exist at that point");
        }
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            AggregateModel<A> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(aggregateType);
            A root = new GenericAggregateFactory<>(model).createAggregateRoot(aggregateId, events.get(0));
            EventSourcedAggregate<A> aggregate = EventSourcedAggregate.initialize(root, model, null,
                NoSnapshotTriggerDefinition.TRIGGER);
            aggregate.initializeState(DomainEventStream.of(new ArrayList<>(events)));
            Versioned<V> result = new Versioned<>(aggregate.invoke(view), aggregate.version());
            unitOfWork.rollback();
            return result;
        } catch (RuntimeException e) {
            unitOfWork.rollback(e);
            throw e;
        }
    }

    public record Versioned<V>(V value, Long version) {
    }
}
