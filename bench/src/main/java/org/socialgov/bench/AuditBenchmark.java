package org.socialgov.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.socialgov.platform.audit.AuditTrail;
import org.socialgov.platform.audit.StoredEventLog;
import org.socialgov.platform.rebuild.ProjectionRebuild;
import org.socialgov.platform.rebuild.ProjectionRebuildStatus;
import org.socialgov.platform.rebuild.RebuildState;

/**
 * Audit figures, side by side in one run on one machine: as-of latency for a contract with 10 events and one with
 * 10,000 (ratio; goal at most 3), and a projection rebuild's and the NDJSON export's events per second against a raw
 * cursor read of the same stored events (ratios; goal for the rebuild at least 0.5).
 * Usage: bench/audit.sh [events in the long history, default 10000, with --quick 2000] [--quick]
 */
public final class AuditBenchmark {

    private static final String MANAGER = BenchService.token("bench-manager", "bench", "CONTRACT_MANAGER");
    private static final String AUDITOR = BenchService.token("bench-auditor", "bench", "AUDITOR");
    private static final String OPERATOR = BenchService.token("bench-operator", "bench", "OPERATOR");

    private AuditBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> options = List.of(args);
        boolean quick = options.contains("--quick");
        int longHistory = options.stream().filter(option -> option.matches("\\d+")).findFirst()
            .map(Integer::parseInt).orElse(quick ? 2_000 : 10_000);
        int passes = quick ? 2 : 5;
        Path dataDir = Files.createTempDirectory("socialgov-audit-bench");
        try (BenchService service = BenchService.start(dataDir, Map.of())) {
            String shortContract = ContractHistories.withEvents(service, MANAGER, 10);
            String longContract = ContractHistories.withEvents(service, MANAGER, longHistory);

            int warmUp = quick ? 100 : 200;
            int runs = quick ? 150 : 300;
            System.out.printf("Measuring as-of reads (median of %d after %d warm-up reads)...%n", runs, warmUp);
            double shortAsOf = asOfMillis(service, shortContract, 9, warmUp, runs);
            double longAsOf = asOfMillis(service, longContract, longHistory - 1, warmUp, runs);
            double longMiddle = asOfMillis(service, longContract, longHistory / 2 + 37, warmUp, runs);

            System.out.printf("Measuring a rebuild and the export against a raw cursor read (best of %d)...%n",
                passes);
            MongoCollection<Document> stored = service.context().getBean(MongoDatabase.class)
                .getCollection(StoredEventLog.COLLECTION);
            double raw = Stopwatch.bestRate(passes, () -> rawRead(stored));
            // A rebuild of 10,000 events takes half a minute here: two passes are enough to see past a first one.
            double rebuild = Stopwatch.bestRate(quick ? 1 : 2, () -> rebuild(service));
            double export = Stopwatch.bestRate(passes, () -> export(service));
            AuditTrail auditTrail = service.context().getBean(AuditTrail.class);
            double inProcess = Stopwatch.bestRate(passes, () -> lines(auditTrail.export("bench", null, null, null)));

            System.out.println();
            System.out.printf("%-52s %12s%n", "Audit benchmark (one JVM, loopback HTTP, embedded store)", "");
            System.out.printf("%-52s %9.2f ms%n", "as-of, 10-event history (latest version)", shortAsOf);
            System.out.printf("%-52s %9.2f ms%n", "as-of, " + longHistory + "-event history (latest version)",
                longAsOf);
            System.out.printf("%-52s %9.2f ms%n", "as-of, " + longHistory + "-event history (a middle version)",
                longMiddle);
            System.out.printf("%-52s %9.2f    (goal <= 3)%n", "ratio long/short (latest version)",
                longAsOf / shortAsOf);
            System.out.printf("%-52s %9.0f ev/s%n", "raw cursor read of the stored events", raw);
            System.out.printf("%-52s %9.0f ev/s%n", "projection rebuild, start to COMPLETED", rebuild);
            System.out.printf("%-52s %9.0f ev/s%n", "NDJSON export in-process (the stream the server sends)",
                inProcess);
            System.out.printf("%-52s %9.0f ev/s%n", "NDJSON export over HTTP (hashes included)", export);
            System.out.printf("%-52s %9.3f    (goal >= 0.5)%n", "ratio rebuild/raw", rebuild / raw);
            System.out.printf("%-52s %9.2f%n", "ratio export in-process/raw", inProcess / raw);
            System.out.printf("%-52s %9.2f%n", "ratio export over HTTP/raw", export / raw);
            Results.put("asof.events", longHistory);
            Results.put("asof.short.ms", shortAsOf);
            Results.put("asof.long.ms", longAsOf);
            Results.put("asof.ratio", longAsOf / shortAsOf);
            Results.put("rebuild.rate", rebuild);
            Results.put("rebuild.raw", raw);
            Results.put("rebuild.ratio", rebuild / raw);
            Results.put("export.ratio", export / raw);
        } finally {
            ScratchDirectories.delete(dataDir);
        }
    }

    private static double asOfMillis(BenchService service, String contractId, long version, int warmUp, int runs) {
        return Stopwatch.medianMillis(warmUp, runs,
            () -> service.send("GET", "/contracts/" + contractId + "?version=" + version, AUDITOR, null));
    }

    private static long rawRead(MongoCollection<Document> stored) {
        long count = 0;
        for (Document document : stored.find().batchSize(500)) {
            if (document.getString("serializedPayload") != null) {
                count++;
            }
        }
        return count;
    }

    /**
     * A rebuild of every read model from the stored events, through the operators' endpoint, timed from the request
     * to its end (noticed within the rebuild's own check interval of 100 ms); answers the events it replayed.
     */
    private static long rebuild(BenchService service) {
        service.send("POST", "/admin/contracts/projections/rebuild", OPERATOR, null);
        try {
            ProjectionRebuildStatus end = service.context().getBean(ProjectionRebuild.class).awaitEnd();
            if (end.state() != RebuildState.COMPLETED) {
                throw new IllegalStateException("The rebuild ended " + end.state() + ": " + end.failureReason());
            }
            return end.totalEvents();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long export(BenchService service) {
        return lines(service.stream("/audit/contracts/events", AUDITOR));
    }

    private static long lines(InputStream export) {
        try (export) {
            byte[] buffer = new byte[64 * 1024];
            long lines = 0;
            for (int read = export.read(buffer); read >= 0; read = export.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
