package org.socialgov.platform.axon;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Optional;

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
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.socialgov.platform.audit.RecordBrokenException;
import org.socialgov.platform.audit.SnapshotHistory;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * Reads an aggregate's current state by replaying its events through the domain code itself, so a read right after
 * a write sees it (no projection lag) and the answer is exactly what the command side would decide on.
 */
@Singleton
public class AggregateReader {

    private final BeanProvider<Configuration> configuration;
    private final SnapshotHistory snapshotHistory;

    public AggregateReader(BeanProvider<Configuration> configuration, SnapshotHistory snapshotHistory) {
        this.configuration = configuration;
        this.snapshotHistory = snapshotHistory;
    }

    /**
     * The view of the aggregate, with the version (sequence number of its latest event) it was taken at. A view that
     * finds the caller may not see the aggregate throws {@link NoSuchAggregateException}, as a missing one answers.
     */
    public <A, V> Versioned<V> read(Class<A> aggregateType, String aggregateId, Function<A, V> view) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            Aggregate<A> aggregate = load(aggregateType, aggregateId);
            Versioned<V> result = new Versioned<>(aggregate.invoke(view), aggregate.version());
            unitOfWork.commit();
            return result;
        } catch (RuntimeException e) {
            unitOfWork.rollback(e);
            throw e;
        }
    }

    private <A> Aggregate<A> load(Class<A> aggregateType, String aggregateId) {
        try {
            return configuration.get().repository(aggregateType).load(aggregateId);
        } catch (AggregateNotFoundException e) {
            throw new NoSuchAggregateException(aggregateType, aggregateId);
        }
    }

    /**
     * The view of the aggregate as it was at the point asked for, rebuilt by the aggregate's own event sourcing
     * handlers from the nearest earlier snapshot in the {@link SnapshotHistory} (or from its first event) plus the
     * events after it. When not even the first event qualifies the aggregate did not exist yet, which is answered as
     * for one that never existed; an event missing from the store that may lie before the point is answered as a
     * broken record. The view is taken before anything is said about the version asked for, so a view that refuses
     * a caller who may not see the aggregate ({@link NoSuchAggregateException}) answers for another company's
     * aggregate exactly as for a missing one.
     */
    public <A, V> Versioned<V> readAsOf(Class<A> aggregateType, String aggregateId, PointInHistory point,
                                         Function<A, V> view) {
        return readAsOf(aggregateType, aggregateId, point, view, true);
    }

    /** As {@link #readAsOf(Class, String, PointInHistory, Function)}, replaying every event when told to. */
    public <A, V> Versioned<V> readAsOf(Class<A> aggregateType, String aggregateId, PointInHistory point,
                                         Function<A, V> view, boolean fromSnapshot) {
        Optional<DomainEventMessage<?>> snapshot = fromSnapshot
            ? snapshotHistory.nearestBefore(aggregateId, point) : Optional.empty();
        long firstEvent = snapshot.map(taken -> taken.getSequenceNumber() + 1).orElse(0L);
        List<DomainEventMessage<?>> events = new ArrayList<>();
        snapshot.ifPresent(events::add);
        try {
            configuration.get().eventStore().readEvents(aggregateId, firstEvent).asStream()
                .takeWhile(point::includes).forEach(events::add);
        } catch (RecordBrokenException broken) {
            // A gap after the point asked for leaves the state there intact: the events up to it are all read.
            if (!point.precedes(broken.firstMissing())) {
                throw broken;
            }
        }
        if (events.isEmpty()) {
            throw new NoSuchAggregateException(aggregateType, aggregateId);
        }
        Versioned<V> result;
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            // With the configuration's resolvers: command handlers may take Micronaut beans, which the classpath's
            // resolvers alone cannot provide (in tests, axon-test's fixture resolver hides the difference).
            Configuration axon = configuration.get();
            AggregateModel<A> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(aggregateType,
                axon.parameterResolverFactory(), axon.handlerDefinition(aggregateType));
            A root = new GenericAggregateFactory<>(model).createAggregateRoot(aggregateId, events.get(0));
            EventSourcedAggregate<A> aggregate = EventSourcedAggregate.initialize(root, model, null,
                NoSnapshotTriggerDefinition.TRIGGER);
            aggregate.initializeState(DomainEventStream.of(events));
            result = new Versioned<>(aggregate.invoke(view), aggregate.version());
            unitOfWork.rollback();
        } catch (RuntimeException e) {
            unitOfWork.rollback(e);
            throw e;
        }
        if (point.version() != null && result.version() < point.version()) {
            throw new ProblemException(ProblemType.NOT_FOUND, "The " + NoSuchAggregateException.businessName(
                aggregateType) + " has no version " + point.version() + " yet: its latest is " + result.version());
        }
        return result;
    }

    public record Versioned<V>(V value, Long version) {
    }
}
