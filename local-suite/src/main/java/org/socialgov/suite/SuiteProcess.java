package org.socialgov.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One application of the suite running as its own JVM, started from the classes and classpath its module's build
 * recorded, with its output in a log file. The JVM is tuned to start fast (C1 only); options in the launcher's
 * {@value #JVM_OPTIONS} environment variable come after the defaults and so override them, e.g.
 * {@code -XX:TieredStopAtLevel=4} for the full JIT the benchmarks measure with.
 */
final class SuiteProcess {

    static final String JVM_OPTIONS = "SOCIALGOV_SUITE_JVM_OPTIONS";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Process process;
    private final Path logFile;

    private SuiteProcess(String name, int port, Process process, Path logFile) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.logFile = logFile;
    }

    static SuiteProcess start(Path repository, SuiteApplication application, int port, Map<String, String> env,
                              Path logDir) {
        Path module = repository.resolve(application.module());
        Path recordedClasspath = module.resolve("target/runtime-classpath.txt");
        if (!Files.isRegularFile(recordedClasspath)) {
            throw new IllegalStateException("Module " + application.module() + " is not built ("
                + recordedClasspath + " is missing); run ./mvnw -DskipTests package first");
        }
        try {
            String classpath = module.resolve("target/classes") + java.io.File.pathSeparator
                + Files.readString(recordedClasspath).strip();
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx384m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Daxoniq.update-checker.disabled=true"));
            command.addAll(extraJvmOptions());
            command.addAll(List.of("-cp", classpath, application.mainClass()));
            Files.createDirectories(logDir);
            Path logFile = logDir.resolve(application.module() + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(env);
            return new SuiteProcess(application.module(), port, builder.start(), logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + application.module(), e);
        }
    }

    /** Waits until the application answers its health check; fails early if the process dies. */
    void awaitHealthy(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
            .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting (exit code " + process.exitValue()
                    + "); see " + logFile + ":\n" + tailOfLog());
            }
            try {
                if (HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
            pause();
        }
        throw new IllegalStateException(name + " did not become healthy within " + timeout + "; see " + logFile);
    }

    /** Asks the application to stop (SIGTERM, so it shuts down cleanly) and kills it if it does not. */
    void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the application at once, as a crash would. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    Path logFile() {
        return logFile;
    }

    private String tailOfLog() {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static List<String> extraJvmOptions() {
        String options = System.getenv().getOrDefault(JVM_OPTIONS, "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
