package org.socialgov.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.socialgov.platform.audit.AuditTrail;
import org.socialgov.platform.audit.StoredEventLog;

/**
 * Audit figures, side by side in one run on one machine: as-of latency for a contract with 10 events and one with
 * 10,000 (ratio; goal at most 3), and the NDJSON export's events per second against a raw cursor read of the same
 * stored events (ratio).
 * Usage: bench/audit.sh [events in the long history, default 10000]
 */
public final class AuditBenchmark {

    private static final String MANAGER = BenchService.token("bench-manager", "bench", "CONTRACT_MANAGER");
    private static final String AUDITOR = BenchService.token("bench-auditor", "bench", "AUDITOR");
    private static final Pattern CONTRACT_ID = Pattern.compile("\"contractId\"\\s*:\\s*\"([^\"]+)\"");
    private static final String DRAFT = """
        {"title":"Benchmark contract","provider":{"providerId":"agency-blue","name":"Blue","kind":"AGENCY"},
         "terms":{"scope":{"platforms":["X"],"postsPerMonth":1},
         "fees":{"baseMonthlyFee":{"currency":"EUR","amount":"100.00"}},
         "term":{"start":"2027-01-01","end":"2027-12-31"}}}""";

    private AuditBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int longHistory = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dataDir = Files.createTempDirectory("socialgov-audit-bench");
        try (BenchService service = BenchService.start(dataDir, Map.of())) {
            String shortContract = contractWithEvents(service, 10);
            String longContract = contractWithEvents(service, longHistory);

            System.out.println("Measuring as-of reads (median of 300 after 200 warm-up reads)...");
            double shortAsOf = asOfMillis(service, shortContract, 9);
            double longAsOf = asOfMillis(service, longContract, longHistory - 1);
            double longMiddle = asOfMillis(service, longContract, longHistory / 2 + 37);

            System.out.println("Measuring the export against a raw cursor read (best of 5 passes each)...");
            MongoCollection<Document> stored = service.context().getBean(MongoDatabase.class)
                .getCollection(StoredEventLog.COLLECTION);
            double raw = Stopwatch.bestRate(5, () -> rawRead(stored));
            double export = Stopwatch.bestRate(5, () -> export(service));
            AuditTrail auditTrail = service.context().getBean(AuditTrail.class);
            double inProcess = Stopwatch.bestRate(5, () -> lines(auditTrail.export("bench", null, null, null)));

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
            System.out.printf("%-52s %9.0f ev/s%n", "NDJSON export in-process (the stream the server sends)",
                inProcess);
            System.out.printf("%-52s %9.0f ev/s%n", "NDJSON export over HTTP (hashes included)", export);
            System.out.printf("%-52s %9.2f%n", "ratio export in-process/raw", inProcess / raw);
            System.out.printf("%-52s %9.2f%n", "ratio export over HTTP/raw", export / raw);
        }
    }

    /** A draft and then revisions of its terms: {@code events} events in all. */
    private static String contractWithEvents(BenchService service, int events) {
        Matcher created = CONTRACT_ID.matcher(service.send("POST", "/contracts", MANAGER, DRAFT).body());
        if (!created.find()) {
            throw new IllegalStateException("No contract id in the answer to the draft");
        }
        String contractId = created.group(1);
        long start = System.nanoTime();
        for (int revision = 1; revision < events; revision++) {
            service.send("PUT", "/contracts/" + contractId + "/terms", MANAGER,
                "{\"scope\":{\"platforms\":[\"X\"],\"postsPerMonth\":" + (revision % 90 + 1) + "}}");
            if (revision % 2000 == 0) {
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("  recorded %,d of %,d events (%.0f events/s)%n", revision + 1, events,
                    revision / seconds);
            }
        }
        System.out.printf("Contract with %,d events ready%n", events);
        return contractId;
    }

    private static double asOfMillis(BenchService service, String contractId, long version) {
        return Stopwatch.medianMillis(200, 300,
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
