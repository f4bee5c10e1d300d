package org.socialgov.suite;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash under load: clients send incident reports and contract drafts, each with its own Idempotency-Key, while
 * incident-service (and, in the long form, contract-service too) is killed with SIGKILL in the middle and started
 * again; the clients resend what failed.
 * Afterwards every acknowledged command has its effect exactly once, no command has two, the lists (read models)
 * hold what the events say, and every record's hash chain is intact.
 */
class CrashUnderLoadEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StressLevel STRESS = StressLevel.current();
    private static final int CLIENTS = 6;
    private static final int COMMANDS_PER_CLIENT = STRESS.pick(20, 150);
    private static final int CRASHES = STRESS.pick(1, 3);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration PATIENCE = Duration.ofSeconds(STRESS.pick(180, 600));

    @TempDir
    Path dataDir;

    @Test
    void givenCommandsWithIdempotencyKeys_whenAServiceIsKilledMidLoadAndRestarted_thenEachTookEffectExactlyOnce()
        throws Exception {
        try (RunningSuite running = RunningSuite.startAll(dataDir, Map.of(
                // Lets a retry take over a key whose process was killed without waiting the production 30 s.
                "SOCIALGOV_IDEMPOTENCY_ABANDONED_AFTER", "3s",
                "SOCIALGOV_RATE_LIMIT_PER_SECOND", "100000", "SOCIALGOV_RATE_LIMIT_BURST", "100000"));
             MongoClient store = MongoClients.create(running.suite.storeConnectionString())) {
            List<RetriedCommand> commands = commands(running);
            String officer = running.token("olivia", "acme", "COMPLIANCE_OFFICER");
            String manager = running.token("alice", "acme", "CONTRACT_MANAGER");
            AtomicInteger answered = new AtomicInteger();
            Instant deadline = Instant.now().plus(PATIENCE);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> sent = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                List<RetriedCommand> own = commands.subList(client * COMMANDS_PER_CLIENT,
                    (client + 1) * COMMANDS_PER_CLIENT);
                sent.add(clients.submit(() -> {
                    for (RetriedCommand command : own) {
                        command.sendUntilAnswered(deadline);
                        answered.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (int crash = 1; crash <= CRASHES; crash++) {
                int at = commands.size() * crash / (CRASHES + 1);
                await("answers before crash " + crash).atMost(Duration.between(Instant.now(), deadline))
                    .pollInterval(POLL).until(() -> answered.get() >= at);
                boolean incidents = crash % 2 == 1;
                SuiteApplication victim = incidents ? SuiteApplication.INCIDENT_SERVICE
                    : SuiteApplication.CONTRACT_SERVICE;
                running.suite.kill(victim);
                System.out.println("Killed " + victim.module() + " (SIGKILL) after " + answered.get() + " answers");
                await("the gateway finds " + victim.module() + " gone").atMost(Duration.ofSeconds(30))
                    .pollInterval(POLL).until(() -> running.call("GET", incidents ? "/api/incidents"
                        : "/api/contracts", incidents ? officer : manager, null).statusCode() >= 500);
                running.suite.restart(victim);
                System.out.println(victim.module() + " is back after " + answered.get() + " answers");
            }
            for (Future<?> client : sent) {
                client.get();
            }
            clients.shutdown();

            Map<String, Long> effects = new HashMap<>(effectsByKey(store, "incident-service", "IncidentReportedEvent"));
            effects.putAll(effectsByKey(store, "contract-service", "ContractDraftCreatedEvent"));
            int acknowledged = 0;
            int answersLost = 0;
            for (RetriedCommand command : commands) {
                long times = effects.getOrDefault(command.idempotencyKey, 0L);
                assertTrue(command.acknowledged() || command.answerLost(), "no final answer: " + command);
                if (command.acknowledged()) {
                    assertEquals(201, command.status, "a new post or draft is created; 200 would be a repeat: "
                        + command);
                }
                assertEquals(1, times, "effects on record of " + command);
                acknowledged += command.acknowledged() ? 1 : 0;
                answersLost += command.answerLost() ? 1 : 0;
            }
            assertEquals(0, count(store, "incident-service", "IncidentSightedEvent"), "no report was taken twice");
            System.out.printf("%d commands: %d acknowledged, %d answers lost in a crash (effect found once), "
                + "%d attempts in all%n", commands.size(), acknowledged, answersLost,
                commands.stream().mapToInt(command -> command.attempts).sum());

            long reported = count(store, "incident-service", "IncidentReportedEvent");
            long drafted = count(store, "contract-service", "ContractDraftCreatedEvent");
            await("the incident list holds the " + reported + " reported").atMost(Duration.ofSeconds(60))
                .pollInterval(POLL).until(() -> listed(running, "/api/incidents", officer) == reported);
            await("the contract list holds the " + drafted + " drafted").atMost(Duration.ofSeconds(60))
                .pollInterval(POLL).until(() -> listed(running, "/api/contracts", manager) == drafted);
            String auditor = running.token("ada", "acme", "AUDITOR");
            assertIntact(running, "/api/audit/incidents/integrity", auditor, reported);
            assertIntact(running, "/api/audit/contracts/integrity", auditor, drafted);
        }
    }

    /**
     * Each client alternates between reporting a post as an employee and drafting a contract, so that while one
     * service is down every client waits on it; every command is a new one.
     */
    private static List<RetriedCommand> commands(RunningSuite running) {
        URI incidents = URI.create(running.suite.gatewayUrl() + "/api/incidents");
        URI contracts = URI.create(running.suite.gatewayUrl() + "/api/contracts");
        String manager = running.token("alice", "acme", "CONTRACT_MANAGER");
        List<RetriedCommand> commands = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            String employee = running.token("staff-" + client, "acme", "EMPLOYEE");
            for (int i = 0; i < COMMANDS_PER_CLIENT; i++) {
                String n = client + "-" + i;
                commands.add((client + i) % 2 == 0
                    ? new RetriedCommand("report", incidents, employee, report(n))
                    : new RetriedCommand("draft", contracts, manager,
                        ContractDrafts.VALID_JSON.replace("Social media operations 2027", "Crash test " + n)));
            }
        }
        return commands;
    }

    private static String report(String n) {
        return """
            {"platform":"X","postUrl":"https://x.com/someone/status/1%s","authorHandle":"@someone",
             "postedAt":"2026-05-04T08:00:00Z","seenAt":"2026-05-04T09:00:00Z","excerpt":"Post %s",
             "evidence":{"sha256":"%s","location":"dms://captures/%s.png"},
             "sentiment":"NEGATIVE","category":"COMPLAINT","reach":{"followers":50,"reposts":1,"replies":1}}"""
            .formatted(n.replace("-", "0"), n, "a".repeat(64), n);
    }

    /** How many events of this type each Idempotency-Key caused, read from the record itself. */
    private static Map<String, Long> effectsByKey(MongoClient store, String database, String eventType) {
        Map<String, Long> effects = new HashMap<>();
        for (Document event : store.getDatabase(database).getCollection("domainevents").find()) {
            if (event.getString("payloadType").endsWith("." + eventType)) {
                String key = Document.parse(event.getString("serializedMetaData")).getString("idempotencyKey");
                effects.merge(String.valueOf(key), 1L, Long::sum);
            }
        }
        return effects;
    }

    private static long count(MongoClient store, String database, String eventType) {
        return store.getDatabase(database).getCollection("domainevents").find().into(new ArrayList<>()).stream()
            .filter(event -> event.getString("payloadType").endsWith("." + eventType)).count();
    }

    /** The number of entries in a paged list, following its cursors. */
    private static long listed(RunningSuite running, String path, String token) {
        long total = 0;
        String cursor = null;
        do {
            var response = running.call("GET", path + "?limit=100" + (cursor == null ? "" : "&cursor=" + cursor),
                token, null);
            assertEquals(200, response.statusCode(), response.body());
            JsonNode page = read(response.body());
            total += page.get("items").size();
            cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        return total;
    }

    private static void assertIntact(RunningSuite running, String path, String token, long atLeastEvents) {
        var response = running.call("GET", path, token, null);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode report = read(response.body());
        assertEquals("INTACT", report.get("verdict").asText(), response.body());
        assertTrue(report.get("eventsChecked").asLong() >= atLeastEvents, response.body());
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("Not JSON: " + json, e);
        }
    }
}
