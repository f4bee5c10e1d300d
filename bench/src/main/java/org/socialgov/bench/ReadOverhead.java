package org.socialgov.bench;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.socialgov.suite.LocalSuite;
import org.socialgov.suite.SuiteApplication;

/**
 * What the gateway costs on a read: GETs of one contract with wrk, straight to contract-service (with the internal
 * token the gateway would forward), through nginx as a plain reverse proxy, and through the gateway; each path warmed
 * up first, then measured in rounds of one run per path, so that a burst of load from elsewhere on the machine falls
 * on all three alike. A proxy's ratio is the median over the rounds of its rate over direct's in the same round; the
 * figures shown are each path's median round. Goal: the gateway's ratio to direct at least nginx's.
 */
final class ReadOverhead {

    private static final Pattern CONTRACT_ID = Pattern.compile("\"contractId\"\\s*:\\s*\"([^\"]+)\"");
    private static final String DRAFT = """
        {"title":"Bench","provider":{"providerId":"agency-blue","name":"Blue","kind":"AGENCY"},
         "terms":{"scope":{"platforms":["X"],"postsPerMonth":4},
         "fees":{"baseMonthlyFee":{"currency":"EUR","amount":"100"}},"term":{"start":"2027-01-01","end":"2027-12-31"}}}""";

    private final Wrk wrk = new Wrk(2, 16);
    private final int warmUpSeconds;
    private final int seconds;
    private final int rounds;

    ReadOverhead(int warmUpSeconds, int seconds, int rounds) {
        this.warmUpSeconds = warmUpSeconds;
        this.seconds = seconds;
        this.rounds = rounds;
    }

    /**
     * Measures the three paths; with {@code profiled} (the gateway's pid), one more gateway run afterwards under Java
     * Flight Recorder in the gateway, and where its CPU went.
     */
    void run(LocalSuite suite, Path scratch, OptionalLong profiled) {
        String user = Tokens.user(suite.userTokenSecret(), "bench", "acme", "CONTRACT_MANAGER");
        String internal = Tokens.internal(suite.internalTokenSecret(), "bench", "acme", "CONTRACT_MANAGER");
        HttpResponse<String> created = Http.send("POST", suite.gatewayUrl() + "/api/contracts", user, DRAFT);
        Matcher id = CONTRACT_ID.matcher(created.body());
        if (created.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("Could not draft a contract: " + created.statusCode() + " "
                + created.body());
        }
        int servicePort = URI.create(suite.url(SuiteApplication.CONTRACT_SERVICE)).getPort();
        String direct = "http://127.0.0.1:" + servicePort + "/contracts/" + id.group(1);
        String gateway = "http://127.0.0.1:" + URI.create(suite.gatewayUrl()).getPort() + "/api/contracts/"
            + id.group(1);
        try (NginxProxy nginx = NginxProxy.start(servicePort, scratch)) {
            String proxied = "http://127.0.0.1:" + nginx.port() + "/contracts/" + id.group(1);
            System.out.printf("Warming up the three read paths (%s, %d s each)...%n", wrk.describe(), warmUpSeconds);
            wrk.run(direct, internal, warmUpSeconds);
            wrk.run(proxied, internal, warmUpSeconds);
            wrk.run(gateway, user, warmUpSeconds);
            System.out.printf("Measuring GET one contract (%s, %d rounds of %d s per path)...%n", wrk.describe(),
                rounds, seconds);
            List<Wrk.Result> straight = new ArrayList<>();
            List<Wrk.Result> viaNginx = new ArrayList<>();
            List<Wrk.Result> viaGateway = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                straight.add(wrk.run(direct, internal, seconds));
                viaNginx.add(wrk.run(proxied, internal, seconds));
                viaGateway.add(wrk.run(gateway, user, seconds));
            }
            report("read.direct", "straight to contract-service", straight);
            report("read.nginx", "through nginx", viaNginx);
            report("read.gateway", "through the gateway", viaGateway);
            Results.put("read.ratio.gateway", medianRatio(viaGateway, straight));
            Results.put("read.ratio.nginx", medianRatio(viaNginx, straight));
            profiled.ifPresent(pid -> profile(pid, gateway, user));
        }
    }

    private void profile(long gatewayPid, String gateway, String user) {
        ExecutionProfile profile = ExecutionProfile.start("gateway-reads", gatewayPid,
            ExecutionProfile.directory(Path.of("bench/target/profiles")));
        System.out.printf("Profiling the gateway's read path (%s, %d s)...%n", wrk.describe(), seconds);
        Wrk.Result result = wrk.run(gateway, user, seconds);
        System.out.printf("  %.0f req/s under the recorder%n", result.perSecond());
        profile.stopAndSummarise();
    }

    private static void report(String key, String path, List<Wrk.Result> rounds) {
        Wrk.Result result = rounds.stream().sorted(Comparator.comparingDouble(Wrk.Result::perSecond))
            .toList().get(rounds.size() / 2);
        System.out.printf("  %-30s %8.0f req/s   p50 %6.2f ms   p99 %6.2f ms   (rounds: %s)%n", path,
            result.perSecond(), result.p50Millis(), result.p99Millis(), rounds.stream()
                .map(round -> String.format(Locale.ROOT, "%.0f", round.perSecond())).toList());
        Results.put(key + ".rps", result.perSecond());
        Results.put(key + ".p50ms", result.p50Millis());
        Results.put(key + ".p99ms", result.p99Millis());
    }

    private static double medianRatio(List<Wrk.Result> proxied, List<Wrk.Result> direct) {
        double[] ratios = new double[proxied.size()];
        for (int round = 0; round < ratios.length; round++) {
            ratios[round] = proxied.get(round).perSecond() / direct.get(round).perSecond();
        }
        Arrays.sort(ratios);
        return ratios[ratios.length / 2];
    }
}
