package org.socialgov.platform.axon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.socialgov.platform.support.TestServices;
import org.socialgov.platform.testmodel.OpenLedgerCommand;
import org.socialgov.platform.testmodel.RecordEntryCommand;
import org.socialgov.problem.ProblemException;

/** The command log says what really happened: a command whose events the store refused was not done. */
class CommandOutcomeLogTest {

    @TempDir
    Path dataDir;

    private ApplicationContext service;
    private CommandGateway commands;
    private final ListAppender<ILoggingEvent> commandLog = new ListAppender<>();
    private final Logger commandLogger = (Logger) LoggerFactory.getLogger("commands");
    private Level configuredLevel;

    @BeforeEach
    void startServiceAndCaptureTheCommandLog() {
        service = TestServices.start(dataDir, Map.of());
        commands = service.getBean(CommandGateway.class);
        configuredLevel = commandLogger.getLevel();
        commandLogger.setLevel(Level.INFO);
        commandLog.start();
        commandLogger.addAppender(commandLog);
    }

    @AfterEach
    void stopService() {
        commandLogger.detachAppender(commandLog);
        commandLogger.setLevel(configuredLevel);
        service.close();
    }

    @Test
    void givenNewLedger_whenOpened_thenLoggedAsDone() {
        commands.sendAndWait(new OpenLedgerCommand("log-1"));

        assertEquals(List.of("INFO OpenLedger by system for no tenant (request none) done"), outcomes());
    }

    @Test
    void givenExistingLedger_whenOpenedAgainAndTheStoreRefusesTheEvent_thenLoggedAsFailedNotDone() {
        commands.sendAndWait(new OpenLedgerCommand("log-2"));
        commandLog.list.clear();

        assertThrows(AggregateStreamCreationException.class,
            () -> commands.sendAndWait(new OpenLedgerCommand("log-2")));

        List<String> outcomes = outcomes();
        assertEquals(1, outcomes.size(), outcomes::toString);
        assertTrue(outcomes.get(0).startsWith("WARN OpenLedger by system for no tenant (request none) failed"),
            outcomes.get(0));
    }

    @Test
    void givenOpenLedger_whenEntryBreaksTheRule_thenLoggedAsRefusedWithTheReason() {
        commands.sendAndWait(new OpenLedgerCommand("log-3"));
        commandLog.list.clear();

        assertThrows(ProblemException.class, () -> commands.sendAndWait(new RecordEntryCommand("log-3", 0)));

        assertEquals(List.of("INFO RecordEntry by system for no tenant (request none) refused:"
            + " An entry needs a non-zero amount"), outcomes());
    }

    /** Level and message without the timing, which varies. */
    private List<String> outcomes() {
        return commandLog.list.stream()
            .map(event -> event.getLevel() + " " + event.getFormattedMessage().replaceFirst(" in \\d+ ms$", ""))
            .toList();
    }
}
