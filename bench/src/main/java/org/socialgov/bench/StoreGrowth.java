package org.socialgov.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.socialgov.platform.store.EmbeddedMongoStore;
import org.socialgov.suite.FreePorts;
import org.socialgov.suite.LocalSuite;
import org.socialgov.suite.SuiteApplication;

/**
 * The same requests through the gateway, and the suite's cost while idle, with a small and a large record: contract
 * drafts are injected into contract-service's store while nothing runs ({@link ContractInjection}, a side process),
 * then the suite starts on it, its processors catch up, it idles for a while (the store JVM's CPU and resident
 * memory) and answers GET one contract, POST a new one and GET the list. Each figure at the large size is compared
 * with the same figure at the small size. Goal: every ratio at most 1.5.
 */
final class StoreGrowth {

    private static final String DRAFT = """
        {"title":"Bench","provider":{"providerId":"agency-blue","name":"Blue","kind":"AGENCY"},
         "terms":{"scope":{"platforms":["X"],"postsPerMonth":4},
         "fees":{"baseMonthlyFee":{"currency":"EUR","amount":"100"}},"term":{"start":"2027-01-01","end":"2027-12-31"}}}""";

    private static final double SETTLED_PERCENT = 10;

    private final List<Long> sizes;
    private final Duration idle;
    private final int requests;

    StoreGrowth(List<Long> sizes, Duration idle, int requests) {
        this.sizes = sizes;
        this.idle = idle;
        this.requests = requests;
    }

    void run(Path scratch) throws IOException, InterruptedException {
        Path dataDir = scratch.resolve("growth");
        int storePort = FreePorts.one();
        Map<SuiteApplication, Integer> ports = FreePorts.forEveryApplication();
        Map<Long, Map<String, Double>> figures = new LinkedHashMap<>();
        long injected = 0;
        for (long size : sizes) {
            System.out.printf("Injecting contract drafts up to %,d events...%n", size);
            try (EmbeddedMongoStore store = EmbeddedMongoStore.start(dataDir.resolve("store.mv"), storePort)) {
                double rate = ContractInjection.inSideProcess(store.connectionString(), injected, size - injected);
                System.out.printf("  %,d events injected at %,.0f ev/s%n", size - injected, rate);
            }
            long fromNumber = injected;
            injected = size;
            try (LocalSuite suite = LocalSuite.start(Path.of("").toAbsolutePath(), dataDir, storePort,
                EnumSet.allOf(SuiteApplication.class), ports, Map.of("SOCIALGOV_RATE_LIMIT_PER_SECOND", "1000000",
                    "SOCIALGOV_RATE_LIMIT_BURST", "1000000"), line -> { });
                 StreamProgress progress = new StreamProgress(suite.storeConnectionString())) {
                Duration catchUp = progress.awaitCaughtUp(Duration.ofMinutes(30));
                System.out.printf("  suite started, processors caught up %.1f s after ready (%,d new events)%n",
                    catchUp.toMillis() / 1000.0, size - fromNumber);
                figures.put(size, measure(suite, size));
            }
        }
        report(figures);
    }

    private Map<String, Double> measure(LocalSuite suite, long size) throws InterruptedException {
        Map<String, Double> at = new LinkedHashMap<>();
        SuiteProcesses processes = new SuiteProcesses();
        System.out.printf("  the store settled %.0f s after the catch-up; idle for %d s...%n",
            settle(processes.pids().get(SuiteProcesses.STORE)) / 1000.0, idle.toSeconds());
        Map<String, Double> before = cpu(processes);
        long start = System.nanoTime();
        Thread.sleep(idle.toMillis());
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> after = cpu(processes);
        before.forEach((process, used) -> at.put("cpu." + process, 100 * (after.get(process) - used) / seconds));
        at.put("rss.store.found", processes.residentMegabytes().get(SuiteProcesses.STORE));
        at.put("rss.store", retainedMegabytes(processes));

        String manager = Tokens.user(suite.userTokenSecret(), "bench", ContractInjection.BENCH_TENANT,
            "CONTRACT_MANAGER");
        String api = suite.gatewayUrl() + "/api/contracts";
        long benchContracts = size / 100;
        long[] next = {0};
        at.put("get.ms", Stopwatch.medianMillis(requests / 4, requests, () -> expect(200, () -> Http.send("GET",
            api + "/" + ContractInjection.benchContract(next[0]++ % benchContracts), manager, null))));
        at.put("post.ms", Stopwatch.meanMillis(requests / 10, requests / 2,
            () -> expect(201, () -> Http.send("POST", api, manager, DRAFT))));
        // Fewer: where a list reads the whole read model, each takes seconds.
        at.put("list.ms", Stopwatch.medianMillis(5, requests / 8,
            () -> expect(200, () -> Http.send("GET", api, manager, null))));
        System.out.printf(Locale.ROOT, "  %,d events: GET one %.1f ms (p50), POST %.1f ms (mean), list %.1f ms (p50);"
                + " idle CPU store %.1f %% (contract %.1f, policy %.1f, incident %.1f, gateway %.1f); store RSS %.0f MB"
                + " (%.0f MB before a full collection)%n",
            size, at.get("get.ms"), at.get("post.ms"), at.get("list.ms"), at.get("cpu." + SuiteProcesses.STORE),
            at.get("cpu.contract-service"), at.get("cpu.policy-service"), at.get("cpu.incident-service"),
            at.get("cpu.gateway"), at.get("rss.store"), at.get("rss.store.found"));
        return at;
    }

    /**
     * After a bulk load the embedded store's H2 file compacts itself as soon as writes stop (its background writer
     * rewrites sparse chunks), for minutes at 200,000 events: a one-off of the store's own, not what an idle suite
     * costs. Waits until a 10 s window of the store's CPU stays under {@value #SETTLED_PERCENT} % (at most five
     * minutes); answers the milliseconds waited.
     */
    private static long settle(long storePid) throws InterruptedException {
        long start = System.nanoTime();
        double percent;
        do {
            double before = SuiteProcesses.cpuSeconds(storePid);
            Thread.sleep(10_000);
            percent = 100 * (SuiteProcesses.cpuSeconds(storePid) - before) / 10;
        } while (percent >= SETTLED_PERCENT && System.nanoTime() - start < Duration.ofMinutes(5).toNanos());
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * The store runs in this JVM, which also drove the injection and the requests: the heap the collector has not
     * handed back yet holds their garbage as much as the store's. A full collection returns it (down to the heap the
     * live data needs, by the JVM's free-ratio rule), so what remains is what the store keeps.
     */
    private static double retainedMegabytes(SuiteProcesses processes) throws InterruptedException {
        System.gc();
        Thread.sleep(1_000);
        return processes.residentMegabytes().get(SuiteProcesses.STORE);
    }

    private static Map<String, Double> cpu(SuiteProcesses processes) {
        Map<String, Double> used = new LinkedHashMap<>();
        processes.pids().forEach((process, pid) -> used.put(process, SuiteProcesses.cpuSeconds(pid)));
        return used;
    }

    private static void expect(int status, Supplier<HttpResponse<String>> call) {
        HttpResponse<String> response = call.get();
        if (response.statusCode() != status) {
            throw new IllegalStateException("Expected " + status + ", got " + response.statusCode() + ": "
                + response.body());
        }
    }

    private void report(Map<Long, Map<String, Double>> figures) {
        long small = sizes.get(0);
        long large = sizes.get(sizes.size() - 1);
        Results.put("growth.small", small);
        Results.put("growth.large", large);
        for (String figure : List.of("get.ms", "post.ms", "list.ms", "cpu." + SuiteProcesses.STORE, "rss.store",
            "rss.store.found")) {
            String key = figure.equals("cpu." + SuiteProcesses.STORE) ? "cpu.store" : figure;
            double atSmall = figures.get(small).get(figure);
            double atLarge = figures.get(large).get(figure);
            Results.put("growth." + key + ".small", atSmall);
            Results.put("growth." + key + ".large", atLarge);
            Results.put("growth." + key + ".ratio", atLarge / atSmall);
        }
        figures.get(large).forEach((figure, value) -> {
            if (figure.startsWith("cpu.")) {
                Results.put("growth.idle." + figure, value);
            }
        });
    }
}
