package org.socialgov.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Store outage under load: the whole suite serves a mixed load of reads and commands through the gateway while the
 * store stops for a few seconds and comes back. Meanwhile every answer comes quickly and is a success or a 503
 * problem with Retry-After; afterwards the services recover by themselves, their read models catch up, every
 * accepted command is on the record exactly once, and every hash chain is intact.
 */
class StoreOutageEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StressProfile PROFILE = StressProfile.current();
    /**
     * No answer may take longer while the store is out. A request that meets the outage may make a few store
     * operations in a row (say, loading an aggregate, then the driver's one retry), each giving up after the 2 s
     * server selection timeout: about 4 s was the longest seen. That is far below the gateway's 30 s, and below every
     * outage of the {@link StressProfile}, so a request that waits for the store to return fails the test.
     */
    private static final Duration ANSWER_BOUND = Duration.ofSeconds(8);
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(60);

    @TempDir
    static Path dataDir;
    private static RunningSuite running;

    @BeforeAll
    static void startSuite() {
        // The load is far above a person's pace; the gateway's per-client limit is not what is tested here.
        running = RunningSuite.startAll(dataDir, Map.of("SOCIALGOV_RATE_LIMIT_PER_SECOND", "10000",
            "SOCIALGOV_RATE_LIMIT_BURST", "10000"));
    }

    @AfterAll
    static void stopSuite() {
        running.close();
    }

    @Test
    void givenLoadOnEveryService_whenTheStoreStopsAndReturns_thenQuick503sMeanwhileAndRecoveryWithNothingLost()
        throws Exception {
        MixedLoad load = new MixedLoad(running.suite.gatewayUrl(), Map.of(
            "CONTRACT_MANAGER", running.token("alice", "acme", "CONTRACT_MANAGER"),
            "COMPLIANCE_OFFICER", running.token("olivia", "acme", "COMPLIANCE_OFFICER"),
            "EMPLOYEE", running.token("eve", "acme", "EMPLOYEE")));
        awaitEverythingAnswers(load, System.nanoTime());

        List<Outage> outages = new ArrayList<>();
        List<Duration> answering = new ArrayList<>();
        List<Duration> caughtUp = new ArrayList<>();
        load.start(PROFILE.clients());
        try {
            awaitAnswersSince(load, System.nanoTime(), PROFILE.before(), "the load is under way");
            for (int outage = 0; outage < PROFILE.outages(); outage++) {
                long stoppedAt = System.nanoTime();
                running.suite.stopStore();
                awaitAnswersSince(load, stoppedAt, PROFILE.outage(), "the load met the outage");
                running.suite.startStore();
                long restartedAt = System.nanoTime();
                outages.add(new Outage(stoppedAt, restartedAt));
                List<LoadAnswer> firstRound = awaitEverythingAnswers(load, restartedAt);
                answering.add(Duration.ofNanos(firstRound.get(firstRound.size() - 1).answeredAt() - restartedAt));
                awaitListed(firstRound);
                caughtUp.add(Duration.ofNanos(System.nanoTime() - restartedAt));
                awaitAnswersSince(load, System.nanoTime(), PROFILE.after(), "the load runs on after the outage");
            }
        } finally {
            load.stop();
        }

        List<LoadAnswer> answers = load.answers();
        List<LoadAnswer> duringOutage = answers.stream().filter(answer -> outages.stream()
            .anyMatch(outage -> answer.overlaps(outage.stoppedAt(), outage.restartedAt()))).toList();
        report(answers, duringOutage, answering, caughtUp);
        assertTrue(duringOutage.stream().anyMatch(answer -> answer.status() == 503),
            "the load met the outage: " + byStatus(duringOutage));
        assertEvery(duringOutage, answer -> answer.took().compareTo(ANSWER_BOUND) < 0,
            "answered within " + ANSWER_BOUND.toSeconds() + " s while the store was out");
        assertEvery(answers, answer -> answer.isSuccess() || answer.isServiceUnavailableProblem(),
            "a success or a 503 problem+json with Retry-After");

        assertNothingLostOrDoubledAndEveryRecordIntact(load, answers);
    }

    /**
     * Every command not accepted during the run, sent again with its Idempotency-Key, succeeds or is said to have been
     * carried out already; then the read models list what every accepted command created, each command that took
     * effect is on the record exactly once, and every hash chain holds.
     */
    private static void assertNothingLostOrDoubledAndEveryRecordIntact(MixedLoad load, List<LoadAnswer> answers)
        throws Exception {
        List<LoadAnswer> retried = answers.stream()
            .filter(answer -> answer.operation().isCommand() && !answer.isSuccess()).map(load::retry).toList();
        System.out.printf("Sent again with their Idempotency-Key: %d commands, answers %s%n", retried.size(),
            byStatus(retried));
        assertEvery(retried, answer -> answer.isSuccess() || answer.isCarriedOutEarlier(),
            "a success, or told it was carried out, when sent again with the same Idempotency-Key");
        List<LoadAnswer> accepted = Stream.concat(answers.stream(), retried.stream())
            .filter(answer -> answer.operation().isCommand() && answer.isSuccess()).toList();
        awaitListed(accepted);
        RecordedCommands recorded = RecordedCommands.read(running.suite.storeConnectionString());
        assertEvery(Stream.concat(accepted.stream(), retried.stream().filter(LoadAnswer::isCarriedOutEarlier))
                .toList(), answer -> recorded.timesRecorded(answer.operation(), answer.marker()) == 1,
            "on the record exactly once");
        String auditor = running.token("audrey", "acme", "AUDITOR");
        for (String service : List.of("contracts", "policies", "incidents")) {
            JsonNode integrity = JSON.readTree(running.call("GET", "/api/audit/" + service + "/integrity", auditor,
                null).body());
            assertEquals("INTACT", integrity.path("verdict").asText(), service + ": " + integrity);
        }
    }

    /**
     * A phase of the load: at least {@code length} long, and over only once every client has had answers in it, so
     * that the phase is one the load really went through.
     */
    private static void awaitAnswersSince(MixedLoad load, long since, Duration length, String phase) {
        Awaitility.await(phase).pollDelay(length).atMost(length.plus(RECOVERY_BOUND))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> load.answers().stream().filter(answer -> answer.sentAt() >= since).count()
                >= PROFILE.clients());
    }

    /** Sends every operation once, again and again, until all of them succeed in one round; returns that round. */
    private static List<LoadAnswer> awaitEverythingAnswers(MixedLoad load, long since) {
        List<List<LoadAnswer>> rounds = new ArrayList<>();
        Awaitility.await("every service answers again").atMost(Duration.ofNanos(since + RECOVERY_BOUND.toNanos()
                - System.nanoTime())).pollInterval(Duration.ofMillis(200))
            .until(() -> {
                List<LoadAnswer> round = new ArrayList<>();
                for (LoadOperation operation : LoadOperation.values()) {
                    round.add(load.send(operation));
                }
                rounds.add(round);
                return round.stream().allMatch(LoadAnswer::isSuccess);
            });
        return rounds.get(rounds.size() - 1);
    }

    /** Waits until the read models list what the accepted commands among these answers created. */
    private static void awaitListed(List<LoadAnswer> answers) {
        for (LoadOperation command : EnumSet.of(LoadOperation.CREATE_CONTRACT_DRAFT,
            LoadOperation.REGISTER_STAFF_MEMBER, LoadOperation.REPORT_INCIDENT)) {
            Set<String> created = answers.stream()
                .filter(answer -> answer.operation() == command && answer.isSuccess())
                .map(answer -> idIn(answer.body(), command.idField())).collect(Collectors.toSet());
            Awaitility.await(command.listing() + " shows every accepted " + command).atMost(RECOVERY_BOUND)
                .pollInterval(Duration.ofMillis(250)).until(() -> listed(command.listing()).containsAll(created));
        }
    }

    /** Every id in the list, page by page. */
    private static Set<String> listed(LoadOperation listing) throws Exception {
        Set<String> ids = new HashSet<>();
        String reader = running.token("reader", "acme", listing.role());
        String cursor = null;
        do {
            String path = listing.path().replace("limit=20", "limit=100")
                + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            var response = running.call("GET", path, reader, null);
            assertEquals(200, response.statusCode(), path + ": " + response.body());
            JsonNode page = JSON.readTree(response.body());
            page.path("items").forEach(item -> ids.add(item.path(listing.idField()).asText()));
            cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        return ids;
    }

    private static String idIn(String body, String field) {
        try {
            return JSON.readTree(body).path(field).asText();
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + body, e);
        }
    }

    private static void assertEvery(List<LoadAnswer> answers, Predicate<LoadAnswer> expectation, String what) {
        List<LoadAnswer> failing = answers.stream().filter(expectation.negate()).toList();
        assertTrue(failing.isEmpty(), failing.size() + " of " + answers.size() + " answers not " + what + ": "
            + failing.stream().limit(10).map(LoadAnswer::toString).collect(Collectors.joining("\n")));
    }

    private static Map<Integer, Long> byStatus(List<LoadAnswer> answers) {
        return answers.stream().collect(Collectors.groupingBy(LoadAnswer::status, TreeMap::new,
            Collectors.counting()));
    }

    /** The figures README quotes. */
    private static void report(List<LoadAnswer> answers, List<LoadAnswer> duringOutage, List<Duration> answering,
                               List<Duration> caughtUp) {
        System.out.printf("Store outage (%s: %d clients, %d outage(s) of %d s): %d requests, %d commands accepted;"
                + " %d requests in flight during the outage(s) %s, the longest answered in %d ms; after the store"
                + " returned, every operation answered 2xx again within %s, and the read models showed new commands"
                + " within %s%n",
            PROFILE.name(), PROFILE.clients(), PROFILE.outages(), PROFILE.outage().toSeconds(), answers.size(),
            answers.stream().filter(answer -> answer.operation().isCommand() && answer.isSuccess()).count(),
            duringOutage.size(), byStatus(duringOutage),
            duringOutage.stream().mapToLong(answer -> answer.took().toMillis()).max().orElse(0), millis(answering),
            millis(caughtUp));
    }

    private static List<String> millis(List<Duration> durations) {
        return durations.stream().map(duration -> duration.toMillis() + " ms").toList();
    }

    /** When the store was stopped and when it was started again, by {@link System#nanoTime()}. */
    private record Outage(long stoppedAt, long restartedAt) {
    }
}
