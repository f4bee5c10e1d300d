package org.socialgov.suite.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.suite.RunningSuite;

/**
 * Hostile input for every operation of the three service specs, generated from the specs with a seeded random
 * source: malformed and mislabelled bodies, missing, unknown and mistyped fields, values at and past their limits,
 * huge arrays, bad enums and dates, Unicode edge cases, bad ids, query values, preconditions and keys. Every answer
 * must be free of 5xx, every error a problem+json with a status the spec declares, every refusal must store
 * nothing, and the valid request each operation also gets must be answered as the spec says.
 *
 * <p>The short form runs with the build; the long form ({@code -Dsocialgov.stress=long}) sends many more cases from
 * a fresh seed. A failure prints the seed and the operation to replay it with.
 */
@Tag("reliability")
class HostileInputEndToEndTest {

    @TempDir
    static Path dataDir;
    private static RunningSuite running;
    private static StoreCounts store;
    private static Map<String, String> known;

    @BeforeAll
    static void startSuiteWithAcmesObjects() throws Exception {
        // Thousands of requests in a minute from a handful of callers: this test is not about the rate limit.
        running = RunningSuite.startAll(dataDir, Map.of("SOCIALGOV_RATE_LIMIT_BURST", "1000000",
            "SOCIALGOV_RATE_LIMIT_PER_SECOND", "100000"));
        known = HostileFixtures.create(running);
        store = new StoreCounts(running.suite.storeConnectionString());
    }

    @AfterAll
    static void stopSuite() {
        if (store != null) {
            store.close();
        }
        running.close();
    }

    @Test
    void givenEveryOperation_whenSentGeneratedHostileAndValidRequests_thenNo5xxOnlySpecProblemsAndNothingStored()
        throws Exception {
        HostileRunSettings settings = HostileRunSettings.fromSystemProperties();
        System.out.println("Hostile input, " + settings + " (replay: " + settings.replay() + ")");
        List<SpecOperation> operations = SpecOperations.all().stream().filter(settings::includes).toList();
        assertFalse(operations.isEmpty(), "no operation matches " + settings);
        HostileRunner runner = new HostileRunner(running, known, store, settings);
        long start = System.nanoTime();
        operations.forEach(runner::hostile);
        // Valid requests last, and the rebuilds last of all: a good request may well end the draft or the
        // incident the hostile ones aim at.
        operations.stream().sorted(Comparator.comparing(operation -> operation.pathTemplate().contains("/rebuild")))
            .forEach(runner::valid);
        String summary = runner.figures.summary((System.nanoTime() - start) / 1_000_000);
        System.out.println(summary);
        List<String> faults = runner.faults();
        Path report = Path.of("target", "hostile-input-faults.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, summary + "\n\n" + String.join("\n\n", faults));
        if (settings.onlyOperation().isBlank()) {
            assertEquals(SpecOperations.all().size(), runner.figures.operationsCovered(),
                "every operation got requests");
        }
        assertTrue(faults.isEmpty(), faults.size() + " faults (all in " + report.toAbsolutePath() + "; replay with "
            + settings.replay() + " -Dsocialgov.hostile.operation=<operationId>):\n"
            + String.join("\n\n", faults.subList(0, Math.min(25, faults.size()))));
    }
}
