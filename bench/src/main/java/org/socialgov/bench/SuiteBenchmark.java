package org.socialgov.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.socialgov.suite.FreePorts;
import org.socialgov.suite.LocalSuite;
import org.socialgov.suite.SuiteApplication;

/**
 * The benchmarks that need the whole suite, on one suite started here on a scratch store and free ports: its
 * start-to-ready times and idle resident memory, the gateway's cost on a read against nginx's, and the command path
 * against raw inserts with the resident memory under that load. With {@code --profile}, a further load of each part
 * run under Java Flight Recorder (reads: in the gateway; commands: in the gateway, incident-service and this JVM, the
 * store), and where their CPU goes.
 * Usage: SuiteBenchmark [--quick] [--profile] [reads] [commands]   (no part named: both)
 */
public final class SuiteBenchmark {

    private SuiteBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        List<String> options = List.of(args);
        boolean quick = options.contains("--quick");
        boolean all = !options.contains("reads") && !options.contains("commands");
        boolean profile = options.contains("--profile");
        System.out.println("Suite JVM options added to the defaults: "
            + System.getenv().getOrDefault("SOCIALGOV_SUITE_JVM_OPTIONS", "(none: C1 only, not the full JIT)"));
        Path scratch = Files.createTempDirectory("socialgov-bench");
        StartupTimes startup = new StartupTimes();
        System.out.println("Starting the suite...");
        try (LocalSuite suite = LocalSuite.start(Path.of("").toAbsolutePath(), scratch.resolve("data"), 0,
            EnumSet.allOf(SuiteApplication.class), FreePorts.forEveryApplication(), Map.of(
                // The rate limiter stays on (its cost is part of the gateway's), with an allowance no client exhausts.
                "SOCIALGOV_RATE_LIMIT_PER_SECOND", "1000000", "SOCIALGOV_RATE_LIMIT_BURST", "1000000"), startup)) {
            startup.seconds().forEach((name, seconds) -> Results.put("start." + name, seconds));
            SuiteProcesses processes = new SuiteProcesses();
            Thread.sleep(5000);
            processes.residentMegabytes().forEach((name, mb) -> Results.put("rss.idle." + name, mb));
            if (all || options.contains("reads")) {
                new ReadOverhead(quick ? 4 : 10, quick ? 4 : 8, 3).run(suite, scratch, profile
                    ? OptionalLong.of(processes.pid(SuiteApplication.GATEWAY)) : OptionalLong.empty());
            }
            if (all || options.contains("commands")) {
                new CommandPath(quick ? 200 : 500, quick ? 1000 : 3000, 8).run(suite, processes);
            }
            if (profile && (all || options.contains("commands"))) {
                profileCommands(suite, processes, quick ? 1000 : 3000);
            }
        } finally {
            keepLogs(scratch.resolve("data/logs"), Path.of("bench/target/suite-logs"));
            ScratchDirectories.delete(scratch);
        }
    }

    /** The applications' logs outlive the scratch store: each command's time is in them ("... done in N ms"). */
    private static void keepLogs(Path logs, Path kept) throws IOException {
        if (Files.isDirectory(logs)) {
            ScratchDirectories.delete(kept);
            Files.createDirectories(kept);
            try (Stream<Path> files = Files.list(logs)) {
                for (Path file : files.toList()) {
                    Files.copy(file, kept.resolve(file.getFileName()));
                }
            }
            System.out.println("The applications' logs are in " + kept);
        }
    }

    private static void profileCommands(LocalSuite suite, SuiteProcesses processes, int count) {
        Path directory = ExecutionProfile.directory(Path.of("bench/target/profiles"));
        List<ExecutionProfile> profiles = List.of(
            ExecutionProfile.start("gateway", processes.pid(SuiteApplication.GATEWAY), directory),
            ExecutionProfile.start("incident-service", processes.pid(SuiteApplication.INCIDENT_SERVICE), directory),
            ExecutionProfile.start(SuiteProcesses.STORE, processes.pids().get(SuiteProcesses.STORE), directory));
        System.out.printf("Profiling the command path (%d reports)...%n", count);
        IncidentReports.Outcome outcome = CommandPath.reports(suite, 8).send(count, Duration.ofMinutes(3), () -> { });
        System.out.printf("  %d reports in %.1f s under the recorder: %.0f/s%n", outcome.accepted(), outcome.seconds(),
            outcome.perSecond());
        profiles.forEach(ExecutionProfile::stopAndSummarise);
    }

}
