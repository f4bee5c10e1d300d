package org.socialgov.platform.processing;

import static com.mongodb.client.model.Filters.eq;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.socialgov.platform.audit.StoredEventLog;
import org.socialgov.platform.eventstore.EventDocuments;
import org.socialgov.platform.identity.AuditMetaData;
import org.socialgov.platform.identity.Roles;
import org.socialgov.platform.support.TestServices;
import org.socialgov.platform.support.TestTokens;
import org.socialgov.platform.testmodel.LedgerProjection;
import org.socialgov.platform.testmodel.OpenLedgerCommand;

/**
 * A projection that fails on an event is never moved past it: it is tried again, and when it cannot succeed its
 * processor stops there, says so in the log and in health (DOWN, the event named), and continues from that event
 * when started again. An unreachable store is waited out however long it lasts (ARCHITECTURE.md, decision 1).
 */
class ProjectionFailureHttpTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPERATOR = TestTokens.internalToken("ops", "socialgov", List.of(Roles.OPERATOR));

    @TempDir
    Path dataDir;

    @Test
    void givenAProjectionThatFailsOnOneEvent_whenItsAttemptsRunOut_thenItStopsThereNamingTheEvent_andGoesOnFromItWhenStartedAgain()
        throws Exception {
        try (ApplicationContext service = TestServices.start(dataDir, Map.of(FaultyProjection.ENABLED, true,
            "socialgov.events.failed-event-attempts", 3))) {
            URI uri = service.getBean(EmbeddedServer.class).start().getURI();
            FaultyProjection projection = service.getBean(FaultyProjection.class);
            TrackingEventProcessor processor = processor(service, FaultyProjection.PROCESSING_GROUP);
            projection.failOn("ledger-b");
            open(service, "ledger-a");
            await().atMost(Duration.ofSeconds(30)).until(() -> projection.appliedLedgers().contains("ledger-a"));
            ListAppender<ILoggingEvent> log = watchLog();
            try {
                open(service, "ledger-b");
                open(service, "ledger-c");
                await().atMost(Duration.ofSeconds(60)).until(() -> !processor.isRunning());

                assertEquals(3, projection.attemptsOnFaultyLedger());
                assertEquals(List.of("ledger-a"), projection.appliedLedgers(), "nothing after the failed event");
                String eventId = storedEventId(service, "ledger-b#0");
                String named = eventId + " (LedgerOpenedEvent, Ledger ledger-b #0, position 2)";
                assertTrue(log.list.stream().anyMatch(event -> event.getLevel() == Level.ERROR
                        && event.getFormattedMessage().startsWith("Projection faulty-projection stopped at event "
                        + named + " after 3 attempts: IllegalStateException: cannot read ledger ledger-b")),
                    () -> "logged: " + log.list);

                HttpResponse<String> health = health(uri);
                assertEquals(503, health.statusCode(), health.body());
                JsonNode processors = JSON.readTree(health.body()).at("/details/eventProcessors");
                assertEquals("DOWN", processors.path("status").asText(), health.body());
                JsonNode stopped = processors.at("/details/" + FaultyProjection.PROCESSING_GROUP);
                assertEquals("stopped", stopped.path("state").asText(), health.body());
                assertEquals(named, stopped.at("/failure/event").asText(), health.body());
                assertEquals(1, stopped.path("position").asLong(), health.body());
                assertEquals(3, stopped.path("head").asLong(), health.body());
                assertEquals(2, stopped.path("lag").asLong(), health.body());
                // The other projections go on.
                await().atMost(Duration.ofSeconds(30)).until(() ->
                    service.getBean(LedgerProjection.class).ledgers().size() == 3);
            } finally {
                root().detachAppender(log);
            }

            projection.repair();
            await().atMost(Duration.ofSeconds(30)).until(() -> processor.activeProcessorThreads() == 0);
            processor.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> projection.appliedLedgers().size() == 3);
            assertEquals(List.of("ledger-a", "ledger-b", "ledger-c"), projection.appliedLedgers());
            await().atMost(Duration.ofSeconds(10)).until(() -> health(uri).statusCode() == 200);
            JsonNode running = JSON.readTree(health(uri).body()).at("/details/eventProcessors/details");
            for (String group : List.of(FaultyProjection.PROCESSING_GROUP, LedgerProjection.PROCESSING_GROUP)) {
                assertEquals("running", running.at("/" + group + "/state").asText(), running.toString());
                assertEquals(3, running.at("/" + group + "/position").asLong(), running.toString());
                assertEquals(0, running.at("/" + group + "/lag").asLong(), running.toString());
            }
        }
    }

    @Test
    void givenTheStoreUnreachableWhileAProjectionWrites_whenThatOutlastsItsAttempts_thenItKeepsTryingAndSkipsNothing()
        throws Exception {
        try (ApplicationContext service = TestServices.start(dataDir, Map.of(FaultyProjection.ENABLED, true,
            "socialgov.events.failed-event-attempts", 2))) {
            URI uri = service.getBean(EmbeddedServer.class).start().getURI();
            FaultyProjection projection = service.getBean(FaultyProjection.class);
            TrackingEventProcessor processor = processor(service, FaultyProjection.PROCESSING_GROUP);
            projection.loseConnectionOn("ledger-b", 3);
            open(service, "ledger-a");
            open(service, "ledger-b");
            open(service, "ledger-c");

            await().atMost(Duration.ofSeconds(30)).until(() -> projection.attemptsOnFaultyLedger() >= 2);
            HttpResponse<String> health = health(uri);
            assertEquals(200, health.statusCode(), health.body());
            JsonNode retrying = JSON.readTree(health.body())
                .at("/details/eventProcessors/details/" + FaultyProjection.PROCESSING_GROUP);
            assertEquals("retrying", retrying.path("state").asText(), health.body());
            assertTrue(retrying.at("/failure/storeUnreachable").asBoolean(), health.body());

            await().atMost(Duration.ofSeconds(60)).until(() -> projection.appliedLedgers().contains("ledger-c"));
            assertTrue(processor.isRunning());
            assertEquals(4, projection.attemptsOnFaultyLedger());
            assertEquals(List.of("ledger-a", "ledger-b", "ledger-c"), projection.appliedLedgers().stream()
                .distinct().toList());
            assertFalse(service.getBean(ProcessorFailures.class).current(FaultyProjection.PROCESSING_GROUP)
                .isPresent());
        }
    }

    private static TrackingEventProcessor processor(ApplicationContext service, String group) {
        return service.getBean(Configuration.class).eventProcessingConfiguration()
            .eventProcessor(group, TrackingEventProcessor.class).orElseThrow();
    }

    private static void open(ApplicationContext service, String ledgerId) {
        service.getBean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(
            new OpenLedgerCommand(ledgerId)).andMetaData(Map.of(AuditMetaData.TENANT, "acme")));
    }

    private static String storedEventId(ApplicationContext service, String streamKey) {
        return service.getBean(MongoDatabase.class).getCollection(StoredEventLog.COLLECTION)
            .find(eq(EventDocuments.STREAM_KEY, streamKey)).first().getString("eventIdentifier");
    }

    private static HttpResponse<String> health(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri.resolve("/health")).header("Authorization", "Bearer " + OPERATOR)
            .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static ListAppender<ILoggingEvent> watchLog() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root().addAppender(log);
        return log;
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
