package org.socialgov.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.socialgov.platform.audit.StoredEventLog;
import org.socialgov.suite.LocalSuite;

/**
 * Incident reports accepted per second end to end through the gateway (201, and the event counted in the store
 * afterwards), against the raw driver's inserts of documents like the stored event into the same store by as many
 * clients; and the resident memory of every process while the reports arrive. Goal: ratio at least 0.30.
 */
final class CommandPath {

    static final Document REPORTED = new Document("payloadType",
        "org.socialgov.incident.api.IncidentReportedEvent");
    private static final Duration LIMIT = Duration.ofMinutes(3);

    private final int warmUp;
    private final int count;
    private final int clients;

    CommandPath(int warmUp, int count, int clients) {
        this.warmUp = warmUp;
        this.count = count;
        this.clients = clients;
    }

    void run(LocalSuite suite, SuiteProcesses processes) {
        IncidentReports reports = reports(suite, clients);
        try (MongoClient client = MongoClients.create(suite.storeConnectionString())) {
            MongoDatabase database = client.getDatabase("incident-service");
            MongoCollection<Document> events = database.getCollection(StoredEventLog.COLLECTION);
            System.out.printf("Warming up the command path (%d reports)...%n", warmUp);
            reports.send(warmUp, LIMIT, () -> { });
            long before = events.countDocuments(REPORTED);
            Map<String, Double> peak = new LinkedHashMap<>();
            System.out.printf("Measuring the command path (%d reports by %d clients, at most %d s)...%n", count,
                clients, LIMIT.toSeconds());
            IncidentReports.Outcome outcome = reports.send(count, LIMIT,
                () -> processes.residentMegabytes().forEach((name, mb) -> peak.merge(name, mb, Math::max)));
            long persisted = events.countDocuments(REPORTED) - before;
            if (persisted != outcome.accepted()) {
                throw new IllegalStateException(outcome.accepted() + " reports were accepted but " + persisted
                    + " were stored");
            }
            System.out.printf("  %d reports accepted and stored in %.1f s: %.0f/s%n", outcome.accepted(),
                outcome.seconds(), outcome.perSecond());
            peak.forEach((name, mb) -> Results.put("rss.load." + name, mb));

            RawInserts raw = RawInserts.like(database, events, REPORTED);
            System.out.printf("Measuring raw driver inserts (%d documents of %d bytes by %d clients)...%n",
                outcome.accepted(), raw.documentBytes(), clients);
            raw.insert(warmUp, clients);
            double insertsPerSecond = raw.insert((int) outcome.accepted(), clients);
            raw.drop();
            System.out.printf("  %.0f inserts/s%n", insertsPerSecond);
            Results.put("commands.accepted", outcome.accepted());
            Results.put("commands.rate", outcome.perSecond());
            Results.put("commands.raw", insertsPerSecond);
            Results.put("commands.bytes", raw.documentBytes());
            Results.put("commands.ratio", outcome.perSecond() / insertsPerSecond);
        }
    }

    /** Reports by an employee of the benchmark's tenant, whose reports need no contract. */
    static IncidentReports reports(LocalSuite suite, int clients) {
        return new IncidentReports(suite.gatewayUrl(),
            Tokens.user(suite.userTokenSecret(), "bench-employee", "acme", "EMPLOYEE"), clients);
    }
}
