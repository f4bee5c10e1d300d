package org.socialgov.platform.axon;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoDatabase;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.platform.audit.HashChainingStorageEngine;
import org.socialgov.platform.audit.RecordGaps;
import org.socialgov.platform.audit.SnapshotHistory;
import org.socialgov.platform.audit.StoredEventLog;
import org.socialgov.platform.eventstore.EventStoreUpgrade;
import org.socialgov.platform.eventstore.PositionedEventStorageEngine;
import org.socialgov.platform.identity.AuditMetaData;
import org.socialgov.platform.identity.AuditMetaDataInterceptor;
import org.socialgov.platform.processing.ProcessorFailures;
import org.socialgov.platform.projection.ReadModelFlush;
import org.socialgov.platform.rebuild.ProcessedEventCounts;
import org.socialgov.platform.upstream.UpstreamEventSources;

/**
 * Builds Axon from Micronaut beans: a MongoDB event store and token store in the service's own database, the
 * service's aggregates, every {@link AxonMessageHandlers} bean, and processors that follow other services' events
 * ({@link UpstreamEventSources}). Axon Server is neither on the classpath nor
 * looked for ({@code defaultConfiguration(false)} skips Axon's module auto-discovery).
 */
@Factory
public class AxonConfigurationFactory {

    private static final Logger LOG = LoggerFactory.getLogger(AxonConfigurationFactory.class);
    /**
     * Up to this many events a processor handles in one transaction, with one write of its token, when that many
     * are waiting (in a rebuild); live it takes what has arrived. With one event per transaction, a rebuild wrote the
     * token, a durable write on the embedded store, as often as the read model. On the embedded store each batch's
     * commit rewrites every page its writes touched, whole: a read model with keys spread over a hundred places (a list
     * per company) rewrote about a hundred pages of each index per batch of 100 events, the largest cost of a rebuild;
     * a batch of 1,000 pays those pages once for ten times the events.
     */
    private static final int PROCESSING_BATCH = 1000;
    /**
     * Events kept in memory for the processors that follow the head of the stream together (Axon's default is
     * 10,000). Each carries its own token; a processor further behind reads the store itself.
     */
    private static final int CACHED_EVENTS = 1000;
    private static final String SNAPSHOT_COLLECTION = "snapshotevents";

    static {
        // Axon 4.12+ would otherwise report usage to AxonIQ from every process.
        System.setProperty("axoniq.update-checker.disabled", "true");
    }

    /** The service's own events, as Axon's storage engine (sealed on the way in by the event store below). */
    @Singleton
    public PositionedEventStorageEngine eventStorageEngine(MongoDatabase database, Serializer serializer,
                                                           @Named(AxonSerializerFactory.SNAPSHOTS)
                                                           Serializer snapshotSerializer,
                                                           EventStoreSettings settings) {
        return PositionedEventStorageEngine.builder()
            .database(database)
            .collections(StoredEventLog.COLLECTION, SNAPSHOT_COLLECTION)
            .eventSerializer(serializer)
            .snapshotSerializer(snapshotSerializer)
            .gaps(settings.getGapTimeout(), settings.getMaxGaps())
            .pollIntervals(settings.getShortestPollInterval(), settings.getLongestPollInterval())
            .build();
    }

    @Context
    @Bean(preDestroy = "shutdown")
    public Configuration axonConfiguration(BeanContext beanContext, MongoDatabase database, MongoTemplate template,
                                           Serializer serializer, PositionedEventStorageEngine storageEngine,
                                           EventStoreSettings settings, EventSourcedModel model,
                                           AuditMetaDataInterceptor auditMetaData,
                                           SnapshotHistory snapshotHistory, RecordGaps recordGaps,
                                           ProcessedEventCounts processedEventCounts,
                                           ProcessorFailures processorFailures,
                                           UpstreamEventSources upstream) {
        // Before anything appends or tracks: a store written by the timestamp-based engine is numbered first.
        EventStoreUpgrade.run(database, StoredEventLog.COLLECTION, SNAPSHOT_COLLECTION,
            template.trackingTokensCollection(), serializer, upstream.engines());
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
            .configureSerializer(c -> serializer)
            .configureEventSerializer(c -> serializer)
            .configureMessageSerializer(c -> serializer)
            .configureEventStore(c -> {
                EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
                    .storageEngine(new HashChainingStorageEngine(storageEngine, serializer, snapshotHistory,
                        recordGaps))
                    .messageMonitor(c.messageMonitor(EmbeddedEventStore.class, "eventStore"))
                    .cachedEvents(CACHED_EVENTS)
                    // How often the producer looks whether the engine's idle back-off lets it read the store.
                    .fetchDelay(settings.getShortestPollInterval().toMillis())
                    .build();
                c.onShutdown(eventStore::shutDown);
                return eventStore;
            })
            .registerComponent(TokenStore.class, c -> MongoTokenStore.builder()
                .mongoTemplate(template)
                .serializer(serializer)
                .claimTimeout(settings.getTokenClaimTimeout())
                .nodeId(ManagementFactory.getRuntimeMXBean().getName())
                .build())
            .registerComponent(ParameterResolverFactory.class, c -> MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(getClass()),
                new MicronautBeanParameterResolverFactory(beanContext)))
            .configureCorrelationDataProviders(c -> List.of(
                new MessageOriginProvider(),
                new SimpleCorrelationDataProvider(AuditMetaData.TENANT, AuditMetaData.ACTOR,
                    AuditMetaData.ACTOR_ROLE, AuditMetaData.CLIENT_ID, AuditMetaData.REASON, AuditMetaData.REQUEST_ID,
                    AuditMetaData.TRACEPARENT, AuditMetaData.IDEMPOTENCY_KEY)))
            // What a projection rebuild reports its progress from.
            .configureMessageMonitor(TrackingEventProcessor.class,
                (c, componentType, processorName) -> processedEventCounts.monitorFor(processorName));
        configurer.eventProcessing()
            .usingTrackingEventProcessors()
            .registerTrackingEventProcessorConfiguration(c -> TrackingEventProcessorConfiguration
                .forSingleThreadedProcessing()
                .andBatchSize(PROCESSING_BATCH)
                .andInitialTrackingToken(StreamableMessageSource::createTailToken)
                // An idle processor renews its claim once per wait: a durable write, three times per claim timeout.
                .andEventAvailabilityTimeout(settings.getTokenClaimTimeout().toMillis() / 3, TimeUnit.MILLISECONDS)
                .andAutoStart(settings.isStartProcessors()))
            // A handler's exception rolls the batch back and the processor retries; ProcessorFailures decides when
            // it stops instead. Axon's default logs the exception and skips the event for good.
            .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
            .registerDefaultHandlerInterceptor((c, processorName) -> processorFailures.watch(processorName,
                () -> c.eventProcessingConfiguration().eventProcessor(processorName, TrackingEventProcessor.class)
                    .ifPresent(TrackingEventProcessor::shutdownAsync)))
            // Inside the watch, so that a refused read-model write counts as a failure of its event.
            .registerDefaultHandlerInterceptor((c, processorName) -> new ReadModelFlush());
        upstream.registerWith(configurer.eventProcessing());

        model.aggregateTypes().forEach(type -> configurer.configureAggregate(AggregateConfigurer
            .defaultConfiguration(type)
            .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(),
                settings.getSnapshotThreshold()))));
        Collection<Object> handlers = beanContext.getBeansOfType(Object.class,
            Qualifiers.byStereotype(AxonMessageHandlers.class));
        handlers.forEach(handler -> configurer.registerMessageHandler(c -> handler));

        Configuration configuration = configurer.buildConfiguration();
        configuration.commandBus().registerDispatchInterceptor(auditMetaData);
        configuration.commandBus().registerHandlerInterceptor(new CommandOutcomeLog());
        configuration.commandBus().registerHandlerInterceptor(
            MissingCommandTarget.of(configuration, model));
        configuration.start();
        LOG.info("Event sourcing started: {} aggregate type(s), {} handler component(s), events in database '{}'",
            model.aggregateTypes().size(), handlers.size(), database.getName());
        return configuration;
    }

    /** The event, snapshot and token collections in the service's database, by name. */
    @Singleton
    public MongoTemplate axonCollections(MongoDatabase database) {
        return DefaultMongoTemplate.builder().mongoDatabase(database)
            .domainEventsCollectionName(StoredEventLog.COLLECTION)
            .snapshotEventsCollectionName(SNAPSHOT_COLLECTION).build();
    }

    @Singleton
    public CommandGateway commandGateway(Configuration configuration) {
        return configuration.commandGateway();
    }

    @Singleton
    public QueryGateway queryGateway(Configuration configuration) {
        return configuration.queryGateway();
    }

    @Singleton
    public EventStore eventStore(Configuration configuration) {
        return configuration.eventStore();
    }
}
