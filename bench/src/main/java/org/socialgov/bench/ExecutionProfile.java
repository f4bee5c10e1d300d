package org.socialgov.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a process spends its CPU: a Java Flight Recorder recording started and dumped with jcmd, summarised from its
 * execution samples as the packages and methods on top of the stack (self time), and the project's own methods and
 * the store's commands anywhere in the stack (time spent in them and in what they call).
 */
final class ExecutionProfile {

    private static final String NAME = "socialgov-bench";
    private static final int SHOWN = 8;
    /** Frames worth counting wherever they are: the project's code, and which command the embedded store runs. */
    private static final List<String> INCLUSIVE = List.of("org.socialgov.",
        "de.bwaldvogel.mongo.backend.AbstractMongoDatabase.command",
        "de.bwaldvogel.mongo.backend.AbstractMongoCollection.handleQuery");

    private final String process;
    private final long pid;
    private final Path file;

    private ExecutionProfile(String process, long pid, Path file) {
        this.process = process;
        this.pid = pid;
        this.file = file;
    }

    static ExecutionProfile start(String process, long pid, Path directory) {
        jcmd(pid, "JFR.start", "name=" + NAME, "settings=profile");
        return new ExecutionProfile(process, pid, directory.resolve(process + ".jfr"));
    }

    /** Dumps and stops the recording, and prints its summary. */
    void stopAndSummarise() {
        jcmd(pid, "JFR.dump", "name=" + NAME, "filename=" + file.toAbsolutePath());
        jcmd(pid, "JFR.stop", "name=" + NAME);
        Map<String, Integer> selfPackages = new HashMap<>();
        Map<String, Integer> selfMethods = new HashMap<>();
        Map<String, Integer> ownMethods = new HashMap<>();
        int samples = 0;
        try {
            for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                    || event.getStackTrace().getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                String top = method(frames.get(0));
                selfMethods.merge(top, 1, Integer::sum);
                selfPackages.merge(packageOf(frames.get(0)), 1, Integer::sum);
                Set<String> own = new LinkedHashSet<>();
                frames.stream().map(ExecutionProfile::method)
                    .filter(method -> INCLUSIVE.stream().anyMatch(method::startsWith) && !method.contains("$$Lambda"))
                    .forEach(own::add);
                own.forEach(method -> ownMethods.merge(method, 1, Integer::sum));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf("%n%s: %d execution samples (%s)%n", process, samples, file);
        print("self, by package", selfPackages, samples);
        print("self, by method", selfMethods, samples);
        print("project methods and store commands on the stack (inclusive)", ownMethods, samples);
    }

    private static void print(String title, Map<String, Integer> counts, int samples) {
        System.out.println("  " + title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(SHOWN)
            .forEach(entry -> System.out.printf("    %5.1f%%  %s%n", 100.0 * entry.getValue() / samples,
                entry.getKey()));
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    /** The first three parts of the package, e.g. de.bwaldvogel.mongo or org.socialgov.incident. */
    private static String packageOf(RecordedFrame frame) {
        String[] parts = frame.getMethod().getType().getName().split("\\.");
        return String.join(".", List.of(parts).subList(0, Math.min(3, parts.length - 1)));
    }

    private static void jcmd(long pid, String... command) {
        List<String> line = new ArrayList<>(List.of("jcmd", Long.toString(pid)));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", line) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run jcmd", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Path directory(Path base) {
        try {
            return Files.createDirectories(base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
