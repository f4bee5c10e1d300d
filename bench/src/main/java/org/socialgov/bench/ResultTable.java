package org.socialgov.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one table {@code bench/run} ends with: each benchmark's figures, its ratio and its goal side by side, from the
 * {@code RESULT key=value} lines the benchmark programs printed into the file named by the argument.
 */
public final class ResultTable {

    private static final String ROW = "%-34s %-100s %-20s %-32s %s%n";
    private static final List<String> PROCESSES = List.of("contract-service", "policy-service", "incident-service",
        "gateway", SuiteProcesses.STORE);

    private final Map<String, Double> results;

    private ResultTable(Map<String, Double> results) {
        this.results = results;
    }

    public static void main(String[] args) throws IOException {
        Map<String, Double> results = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.startsWith("RESULT ") && line.contains("=")) {
                String[] pair = line.substring("RESULT ".length()).split("=", 2);
                results.put(pair[0], Double.parseDouble(pair[1]));
            }
        }
        new ResultTable(results).print();
    }

    private void print() {
        System.out.printf(ROW, "benchmark", "measured", "ratio", "goal", "met");
        row("gateway overhead (GET contract)", "read.ratio.gateway", () -> String.format(Locale.ROOT,
                "gw %s; direct %s; nginx %s", read("gateway"), read("direct"), read("nginx")),
            () -> String.format(Locale.ROOT, "gw %.2f nginx %.2f", get("read.ratio.gateway"),
                get("read.ratio.nginx")), ">= nginx", () -> get("read.ratio.gateway") >= get("read.ratio.nginx"));
        row("command path (incident reports)", "commands.ratio", () -> String.format(Locale.ROOT,
                "%.0f accepted/s vs raw insert %.0f/s (8 clients, %.0f-byte docs)", get("commands.rate"),
                get("commands.raw"), get("commands.bytes")),
            () -> String.format(Locale.ROOT, "%.2f", get("commands.ratio")), ">= 0.30",
            () -> get("commands.ratio") >= 0.30);
        row(String.format(Locale.ROOT, "as-of 10 vs %,.0f events", results.getOrDefault("asof.events", 0.0)),
            "asof.ratio", () -> String.format(Locale.ROOT, "%.2f ms vs %.2f ms", get("asof.short.ms"),
                get("asof.long.ms")),
            () -> String.format(Locale.ROOT, "%.2fx", get("asof.ratio")), "<= 3x", () -> get("asof.ratio") <= 3);
        row("projection rebuild vs raw cursor", "rebuild.ratio", () -> String.format(Locale.ROOT,
                "%.0f ev/s vs %.0f ev/s", get("rebuild.rate"), get("rebuild.raw")),
            () -> String.format(Locale.ROOT, "%.3f", get("rebuild.ratio")), ">= 0.5",
            () -> get("rebuild.ratio") >= 0.5);
        growthRow("growth: GET one contract (p50)", "get.ms", "%.1f ms");
        growthRow("growth: POST create (mean)", "post.ms", "%.1f ms");
        growthRow("growth: GET list (p50)", "list.ms", "%.1f ms");
        growthRow("growth: store idle CPU", "cpu.store", "%.1f %%");
        growthRow("growth: store RSS, after a full GC", "rss.store", "%.0f MB");
        row(String.format(Locale.ROOT, "burst of %,.0f events", results.getOrDefault("burst.events", 0.0)),
            "burst.behind.max", () -> String.format(Locale.ROOT, "appended in %.1f s; all handled %.1f s after its"
                    + " end; largest token %.0f bytes; heap exhausted %.0f", get("burst.seconds"),
                get("burst.behind.max"), get("burst.token.bytes"), get("burst.oom")),
            () -> String.format(Locale.ROOT, "%.1f s behind", get("burst.behind.max")),
            "<= 30 s, token <= 4 KB, no OOM", () -> get("burst.behind.max") <= 30
                && get("burst.token.bytes") <= 4096 && get("burst.oom") == 0);
        row(String.format(Locale.ROOT, "rebuild of %,.0f events", results.getOrDefault("stream.rebuild.events", 0.0)),
            "stream.rebuild.rate", () -> String.format(Locale.ROOT, "%.0f ev/s", get("stream.rebuild.rate")),
            () -> "", ">= 10,000 ev/s", () -> get("stream.rebuild.rate") >= 10_000);
        System.out.printf(ROW, "start-to-ready (s)", perProcess("start.", value -> String.format(Locale.ROOT, "%.1f",
            value)) + (results.containsKey("start.suite") ? String.format(Locale.ROOT, "; suite %.1f",
            get("start.suite")) : ""), "", "", "");
        System.out.printf(ROW, "resident memory idle / load (MB)", perProcess("rss.idle.", value -> ""), "", "", "");
    }

    /** A figure at the small and the large record, and their ratio; goal at most 1.5. */
    private void growthRow(String name, String figure, String format) {
        String key = "growth." + figure;
        row(name, key + ".ratio", () -> String.format(Locale.ROOT, "%,.0f events " + format + ", %,.0f events "
                + format, get("growth.small"), get(key + ".small"), get("growth.large"), get(key + ".large")),
            () -> String.format(Locale.ROOT, "%.2fx", get(key + ".ratio")), "<= 1.5x",
            () -> get(key + ".ratio") <= 1.5);
    }

    private String read(String path) {
        return String.format(Locale.ROOT, "%.0f r/s p50 %.1f p99 %.0f ms", get("read." + path + ".rps"),
            get("read." + path + ".p50ms"), get("read." + path + ".p99ms"));
    }

    /** Each process's figure, e.g. "contract 9.4, policy 11.3"; for memory, idle/under load. */
    private String perProcess(String prefix, Function<Double, String> format) {
        StringBuilder line = new StringBuilder();
        for (String process : PROCESSES) {
            Double value = results.get(prefix + process);
            if (value == null) {
                continue;
            }
            String shortName = process.replace("-service", "");
            String figure = prefix.startsWith("rss.") ? String.format(Locale.ROOT, "%.0f/%s", value,
                results.containsKey("rss.load." + process) ? String.format(Locale.ROOT, "%.0f",
                    get("rss.load." + process)) : "-") : format.apply(value);
            line.append(line.isEmpty() ? "" : ", ").append(shortName).append(' ').append(figure);
        }
        return line.isEmpty() ? "not run" : line.toString();
    }

    private void row(String name, String ratioKey, Supplier<String> measured,
                     Supplier<String> ratio, String goal,
                     BooleanSupplier met) {
        if (!results.containsKey(ratioKey)) {
            System.out.printf(ROW, name, "not run", "", goal, "");
            return;
        }
        System.out.printf(ROW, name, measured.get(), ratio.get(), goal, met.getAsBoolean() ? "yes" : "no");
    }

    private double get(String key) {
        Double value = results.get(key);
        if (value == null) {
            throw new IllegalStateException("No figure " + key + " in the results");
        }
        return value;
    }
}
