package org.socialgov.suite.hostile;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.awaitility.Awaitility;
import org.socialgov.suite.RunningSuite;

/**
 * Sends the generated requests one at a time through the gateway, with a token of a role the operation allows,
 * and checks each answer and what the store holds before and after it.
 */
final class HostileRunner {

    private static final List<Mutation> MUTATIONS = concat(BodyMutations.ALL, BoundaryMutations.ALL,
        ParameterMutations.ALL);
    /** Longer than the 250 ms a service polls another's store at, so that cross-service read models have moved. */
    private static final Duration QUIET = Duration.ofMillis(800);
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration REBUILD_POLL = Duration.ofMillis(200);
    private static final String REBUILD = "/projections/rebuild";

    private final RunningSuite running;
    private final RawHttp http;
    private final Map<String, String> known;
    private final StoreCounts store;
    private final HostileRunSettings settings;
    private final AnswerChecks checks = new AnswerChecks();
    private final Map<String, String> tokens = new HashMap<>();
    private final List<String> faults = new ArrayList<>();
    final HostileFigures figures = new HostileFigures();
    private Map<String, Long> counts;

    HostileRunner(RunningSuite running, Map<String, String> known, StoreCounts store, HostileRunSettings settings) {
        this.running = running;
        URI gateway = URI.create(running.suite.gatewayUrl());
        this.http = new RawHttp(gateway.getHost(), gateway.getPort());
        this.known = known;
        this.store = store;
        this.settings = settings;
        this.counts = store.awaitQuiet(QUIET, SETTLE_TIMEOUT);
        System.out.println("Counting the documents of " + counts.keySet());
    }

    /** The operation's hostile cases: each a valid request changed by one mutation, families taken in turn. */
    void hostile(SpecOperation operation) {
        Random random = new Random(settings.seedOf(operation, "hostile"));
        int offset = random.nextInt(MUTATIONS.size());
        for (int i = 0; i < settings.casesPerOperation(); i++) {
            RequestDraft draft = ValidRequests.draft(operation, known, random);
            for (int tried = 0; tried < MUTATIONS.size(); tried++) {
                Mutation mutation = MUTATIONS.get((offset + i + tried) % MUTATIONS.size());
                String description = mutation.apply(draft, random);
                if (description != null) {
                    send(operation, draft, "#" + i + " " + mutation.family() + ": " + description,
                        mutation.family(), random);
                    break;
                }
            }
        }
        System.out.println("  " + operation.spec() + " " + operation.label() + ": " + figures.requests()
            + " requests so far, " + faults.size() + " faults");
    }

    /** One valid request, generated from the schema: whatever the answer, it follows the spec. */
    void valid(SpecOperation operation) {
        Random random = new Random(settings.seedOf(operation, "valid"));
        send(operation, ValidRequests.draft(operation, known, random), "valid request", "valid", random);
    }

    private void send(SpecOperation operation, RequestDraft draft, String description, String family,
                      Random random) {
        List<Map.Entry<String, byte[]>> headers = new ArrayList<>(draft.headers);
        if (!operation.open()) {
            String role = HostileValues.oneOf(random, operation.roles());
            headers.add(Map.entry("Authorization", ("Bearer " + token(role)).getBytes(StandardCharsets.US_ASCII)));
        }
        byte[] body = draft.bodyBytes();
        if (body != null && draft.contentType != null) {
            headers.add(Map.entry("Content-Type", draft.contentType.getBytes(StandardCharsets.UTF_8)));
        }
        String target = draft.target();
        RawResponse answer = http.send(operation.method(), target, headers, body);
        figures.count(operation, family, answer.status());
        Map<String, Long> after = store.snapshot();
        List<String> found = checks.check(operation, ValidRequests.canonicalPath(operation, known), draft, answer,
            counts, after);
        found.forEach(fault -> faults.add(operation.label() + " " + description + "\n    " + operation.method()
            + " " + RawHttp.abbreviated(target) + (body == null ? "" : " body " + RawHttp.abbreviated(
            new String(body, StandardCharsets.UTF_8))) + "\n    → " + answer.status() + " "
            + RawHttp.abbreviated(answer.body()) + "\n    fault: " + fault));
        if (answer.status() < 400 && operation.mutates()) {
            awaitRebuild(operation);
            counts = store.awaitQuiet(QUIET, SETTLE_TIMEOUT);
        } else {
            counts = after;
        }
    }

    /** A started rebuild empties and refills the read models: the next request waits until it is over. */
    private void awaitRebuild(SpecOperation operation) {
        if (!operation.pathTemplate().endsWith(REBUILD)) {
            return;
        }
        List<Map.Entry<String, byte[]>> operator = List.of(Map.entry("Authorization",
            ("Bearer " + token("OPERATOR")).getBytes(StandardCharsets.US_ASCII)));
        Awaitility.await(operation.label() + ": the rebuild ends").atMost(SETTLE_TIMEOUT)
            .pollDelay(Duration.ZERO).pollInterval(REBUILD_POLL)
            .until(() -> !http.send("GET", ValidRequests.canonicalPath(operation, known), operator, null).body()
                .contains("\"RUNNING\""));
    }

    private String token(String role) {
        return tokens.computeIfAbsent(role, r -> running.token(r.equals("AGENCY") ? "agency-blue"
            : "fz-" + r.toLowerCase(), HostileFixtures.TENANT, r));
    }

    List<String> faults() {
        return faults;
    }

    @SafeVarargs
    private static List<Mutation> concat(List<Mutation>... lists) {
        List<Mutation> all = new ArrayList<>();
        for (List<Mutation> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }
}
