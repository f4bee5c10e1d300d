package org.socialgov.platform.axon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.platform.support.TestServices;
import org.socialgov.platform.testmodel.Ledger;
import org.socialgov.platform.testmodel.OpenLedgerCommand;
import org.socialgov.platform.testmodel.RecordEntryCommand;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * Every way of reaching an aggregate that is not there says so in the same words, naming it as the business does:
 * a command, a read of now, a read as of a point, and a read the caller may not see.
 */
class MissingAggregateTest {

    private static final String NO_LEDGER = "No ledger 'nowhere-1'";

    @TempDir
    static Path dataDir;
    private static ApplicationContext service;
    private static CommandGateway commands;
    private static AggregateReader reader;

    @BeforeAll
    static void startService() {
        service = TestServices.start(dataDir, Map.of());
        commands = service.getBean(CommandGateway.class);
        reader = service.getBean(AggregateReader.class);
    }

    @AfterAll
    static void stopService() {
        service.close();
    }

    @Test
    void givenNoSuchAggregate_whenCommanded_thenNotFoundNamingIt() {
        assertNotFound(NO_LEDGER, () -> commands.sendAndWait(new RecordEntryCommand("nowhere-1", 5)));
    }

    @Test
    void givenNoSuchAggregate_whenReadNowOrAsOfAnyPoint_thenNotFoundNamingIt() {
        assertNotFound(NO_LEDGER, () -> reader.read(Ledger.class, "nowhere-1", Ledger::balance));
        assertNotFound(NO_LEDGER, () -> reader.readAsOf(Ledger.class, "nowhere-1", PointInHistory.atVersion(0),
            Ledger::balance));
        assertNotFound(NO_LEDGER, () -> reader.readAsOf(Ledger.class, "nowhere-1",
            PointInHistory.atInstant(Instant.now()), Ledger::balance));
    }

    @Test
    void givenAggregateOpenedLater_whenReadAsOfBefore_thenAnsweredAsIfItNeverExisted() {
        Instant before = Instant.now();
        commands.sendAndWait(new OpenLedgerCommand("later-1"));

        assertNotFound("No ledger 'later-1'", () -> reader.readAsOf(Ledger.class, "later-1",
            PointInHistory.atInstant(before.minusSeconds(1)), Ledger::balance));
    }

    @Test
    void givenAggregateTheViewRefuses_whenReadAsOfAVersionItNeverReached_thenTheRefusalNotTheVersionIsAnswered() {
        commands.sendAndWait(new OpenLedgerCommand("hidden-1"));

        assertNotFound("No ledger 'hidden-1'", () -> reader.readAsOf(Ledger.class, "hidden-1",
            PointInHistory.atVersion(99), ledger -> {
                throw new NoSuchAggregateException(Ledger.class, "hidden-1");
            }));
        assertNotFound("The ledger has no version 99 yet: its latest is 0", () -> reader.readAsOf(Ledger.class,
            "hidden-1", PointInHistory.atVersion(99), Ledger::balance));
    }

    private static void assertNotFound(String detail, Runnable call) {
        ProblemException refusal = assertThrows(ProblemException.class, call::run);
        assertEquals(List.of(ProblemType.NOT_FOUND, detail), List.of(refusal.problemType(), refusal.getMessage()));
    }
}
