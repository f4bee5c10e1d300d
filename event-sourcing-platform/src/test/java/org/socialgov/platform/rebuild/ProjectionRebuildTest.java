package org.socialgov.platform.rebuild;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micronaut.context.ApplicationContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.platform.support.TestServices;
import org.socialgov.platform.testmodel.LedgerProjection;
import org.socialgov.platform.testmodel.OpenLedgerCommand;
import org.socialgov.platform.testmodel.RecordEntryCommand;
import org.socialgov.problem.ProblemException;

/**
 * Rebuilding read models through Axon's reset, on a real service and store: counted, guarded, and faithful. One
 * service for the class; each test leaves no rebuild running.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectionRebuildTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Set<String> LEDGERS = Set.of("ledger-a", "ledger-b", "ledger-c");

    @TempDir
    static Path dataDir;

    private ApplicationContext service;
    private ProjectionRebuild rebuild;
    private LedgerProjection ledgers;
    private GatedProjection gated;

    @BeforeAll
    void startServiceWithThreeLedgers() {
        service = TestServices.start(dataDir, Map.of(GatedProjection.ENABLED, "true"));
        rebuild = service.getBean(ProjectionRebuild.class);
        ledgers = service.getBean(LedgerProjection.class);
        gated = service.getBean(GatedProjection.class);
        CommandGateway commands = service.getBean(CommandGateway.class);
        for (String ledger : LEDGERS) {
            commands.sendAndWait(new OpenLedgerCommand(ledger));
            commands.sendAndWait(new RecordEntryCommand(ledger, 10));
            commands.sendAndWait(new RecordEntryCommand(ledger, 5));
        }
        await().atMost(TIMEOUT).until(() -> LEDGERS.stream().allMatch(ledger ->
            ledgers.ledgers().containsKey(ledger) && ledgers.ledgers().get(ledger).eventsApplied() == 3)
            && gated.openedLedgers().equals(LEDGERS));
    }

    @AfterAll
    void stopService() {
        gated.release();
        service.close();
    }

    @Test
    void givenProjectedEvents_whenEveryProjectionRebuilt_thenEachStoredEventIsProcessedAgainIntoTheSameReadModels()
        throws InterruptedException {
        var ledgersBefore = ledgers.ledgers();
        int resetsBefore = ledgers.resets();

        ProjectionRebuildStatus started = rebuild.start(null);
        ProjectionRebuildStatus end = rebuild.awaitEnd();

        assertEquals(Set.of(LedgerProjection.PROCESSING_GROUP, GatedProjection.PROCESSING_GROUP),
            Set.copyOf(started.processingGroups()));
        assertEquals(9 * 2, started.totalEvents(), "nine stored events, read again by each of two processors");
        assertEquals(RebuildState.COMPLETED, end.state(), end.failureReason());
        // The gated projection handles only openings: the entries it ignores count too.
        assertEquals(end.totalEvents(), end.processedEvents());
        assertEquals(100, end.percentDone());
        assertNotNull(end.finishedAt());
        assertEquals(resetsBefore + 1, ledgers.resets(), "the read model was cleared, then rebuilt");
        assertEquals(ledgersBefore, ledgers.ledgers());
        assertEquals(LEDGERS, gated.openedLedgers());
        assertEquals(end, rebuild.status().orElseThrow());
    }

    @Test
    void givenRebuildRunning_whenAnotherIsRequested_thenRefusedWithConflictUntilTheFirstEnds()
        throws InterruptedException {
        gated.hold();
        ProjectionRebuildStatus started = rebuild.start(GatedProjection.PROCESSING_GROUP);
        assertEquals(List.of(GatedProjection.PROCESSING_GROUP), started.processingGroups());
        assertEquals(9, started.totalEvents());

        ProblemException refused = assertThrows(ProblemException.class, () -> rebuild.start(null));
        assertEquals(ProjectionRebuild.ALREADY_RUNNING, refused.problemType());
        assertEquals(RebuildState.RUNNING, rebuild.status().orElseThrow().state());

        gated.release();
        assertEquals(RebuildState.COMPLETED, rebuild.awaitEnd().state());
        assertEquals(RebuildState.RUNNING, rebuild.start(LedgerProjection.PROCESSING_GROUP).state(),
            "once the first has ended, the next may start");
        assertEquals(RebuildState.COMPLETED, rebuild.awaitEnd().state());
    }

    @Test
    void givenUnknownProcessingGroup_whenRebuildRequested_thenRefusedAndNothingStarts() {
        var statusBefore = rebuild.status();

        ProblemException refused = assertThrows(ProblemException.class, () -> rebuild.start("no-such-group"));

        assertEquals(ProjectionRebuild.NOT_REBUILDABLE, refused.problemType());
        assertEquals(statusBefore, rebuild.status());
    }
}
