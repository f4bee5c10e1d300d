package org.socialgov.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP load tool for reads: wrk, run with a fixed number of threads and connections for a fixed time, with its
 * latency distribution. A run in which any answer is not 2xx (a refusal, a rate limit) is not a measurement; socket
 * errors (timeouts on a loaded machine) are reported.
 */
final class Wrk {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern NOT_OK = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern ERRORS = Pattern.compile("Socket errors:.*");

    private final int threads;
    private final int connections;

    Wrk(int threads, int connections) {
        this.threads = threads;
        this.connections = connections;
    }

    /** One run of GETs of {@code url} with the bearer token, for {@code seconds}. */
    Result run(String url, String token, int seconds) {
        String output = execute(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
            "--latency", "-H", "Authorization: Bearer " + token, url));
        Matcher notOk = NOT_OK.matcher(output);
        if (notOk.find()) {
            throw new IllegalStateException("wrk saw failed requests on " + url + ":\n" + output);
        }
        Matcher errors = ERRORS.matcher(output);
        if (errors.find()) {
            System.out.println("  (" + url + ": " + errors.group() + ")");
        }
        return new Result(number(RATE, output), millis(output, "50%"), millis(output, "99%"));
    }

    String describe() {
        return "wrk -t" + threads + " -c" + connections;
    }

    /** Requests per second and the median and 99th percentile latency in milliseconds. */
    record Result(double perSecond, double p50Millis, double p99Millis) {
    }

    private static double millis(String output, String percentile) {
        Matcher line = Pattern.compile("^\\s+" + percentile + "\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE)
            .matcher(output);
        if (!line.find()) {
            throw new IllegalStateException("No " + percentile + " latency in wrk's output:\n" + output);
        }
        double value = Double.parseDouble(line.group(1));
        return switch (line.group(2)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            default -> value * 1000;
        };
    }

    private static double number(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("Unexpected wrk output:\n" + output);
        }
        return Double.parseDouble(matcher.group(1));
    }

    private static String execute(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(command.get(0) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command.get(0) + " (apt-get install -y wrk)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
