package org.socialgov.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import org.socialgov.suite.FreePorts;
import org.socialgov.suite.LocalSuite;
import org.socialgov.suite.SuiteApplication;

/**
 * A burst of appends with every processor of the suite running: contract drafts appended to contract-service's store
 * as fast as it takes them, in batches of a thousand, by a side process ({@link ContractInjection}), as a bulk import
 * would. Measured from the store: how long after the burst ends each processor that reads contract-service's events
 * has handled them all (goal: at most 30 s), the largest token stored on the way (goal: bounded, at most 4 KB), and
 * from the suite's logs and processes, that no JVM ran out of heap (each runs at the suite's default heap).
 */
final class StreamBurst {

    private static final Duration SAMPLE_EVERY = Duration.ofMillis(200);

    private final long events;

    StreamBurst(long events) {
        this.events = events;
    }

    void run(Path scratch) throws IOException, InterruptedException {
        Path dataDir = scratch.resolve("burst");
        try (LocalSuite suite = LocalSuite.start(Path.of("").toAbsolutePath(), dataDir, 0,
            EnumSet.allOf(SuiteApplication.class), FreePorts.forEveryApplication(), Map.of(), line -> { });
             StreamProgress progress = new StreamProgress(suite.storeConnectionString())) {
            SuiteProcesses processes = new SuiteProcesses();
            System.out.printf("Appending a burst of %,d events with every processor running...%n", events);
            long start = System.nanoTime();
            CompletableFuture<Double> burst = CompletableFuture.supplyAsync(() -> inject(suite));
            int largestToken = 0;
            while (!burst.isDone()) {
                largestToken = Math.max(largestToken, largestToken(progress));
                Thread.sleep(SAMPLE_EVERY.toMillis());
            }
            double rate = burst.get();
            double burstSeconds = (System.nanoTime() - start) / 1e9;
            long end = System.nanoTime();
            long head = progress.head();
            Map<String, Double> behind = new LinkedHashMap<>();
            while (behind.size() < StreamProgress.CONTRACT_READERS.size()
                && System.nanoTime() - end < Duration.ofMinutes(10).toNanos()) {
                double secondsAfter = (System.nanoTime() - end) / 1e9;
                progress.tokens().forEach((processor, token) -> {
                    if (token.position() >= head) {
                        behind.putIfAbsent(processor, secondsAfter);
                    }
                });
                largestToken = Math.max(largestToken, largestToken(progress));
                Thread.sleep(SAMPLE_EVERY.toMillis());
            }
            StreamProgress.CONTRACT_READERS.keySet().forEach(processor -> behind.putIfAbsent(processor, 600.0));
            long outOfMemory = outOfMemoryErrors(dataDir.resolve("logs"));
            long stopped = processes.pids().values().stream()
                .filter(pid -> ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true)).count();
            System.out.printf("  %,d events in %.1f s (%,.0f ev/s as the injector saw them)%n", events, burstSeconds,
                rate);
            behind.forEach((processor, seconds) -> System.out.printf("  %s had handled them all %.1f s after the"
                + " burst ended%n", processor, seconds));
            System.out.printf("  largest token stored: %,d bytes; OutOfMemoryError in the logs: %d; processes"
                + " gone: %d%n", largestToken, outOfMemory, stopped);
            Results.put("burst.events", events);
            Results.put("burst.seconds", burstSeconds);
            Results.put("burst.behind.max", behind.values().stream().mapToDouble(Double::doubleValue).max()
                .orElseThrow());
            behind.forEach((processor, seconds) -> Results.put("burst.behind." + processor, seconds));
            Results.put("burst.token.bytes", largestToken);
            Results.put("burst.oom", outOfMemory + stopped);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The burst failed", e.getCause());
        }
    }

    private double inject(LocalSuite suite) {
        try {
            return ContractInjection.inSideProcess(suite.storeConnectionString(), 0, events);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int largestToken(StreamProgress progress) {
        return progress.tokens().values().stream().mapToInt(StreamProgress.Token::bytes).max().orElse(0);
    }

    private static long outOfMemoryErrors(Path logs) throws IOException {
        if (!Files.isDirectory(logs)) {
            return 0;
        }
        long found = 0;
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.toList()) {
                try (Stream<String> lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
                    found += lines.filter(line -> line.contains("OutOfMemoryError")).count();
                }
            }
        }
        return found;
    }
}
