package org.socialgov.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.socialgov.suite.SuiteApplication;

/**
 * The operating-system processes of a suite this JVM started: each application's JVM, found among this process's
 * children by its main class, and this JVM itself, which holds the embedded store (and the benchmark's clients).
 */
final class SuiteProcesses {

    static final String STORE = "store+bench";

    private final Map<String, Long> pids = new LinkedHashMap<>();

    SuiteProcesses() {
        Map<SuiteApplication, Long> applications = new EnumMap<>(SuiteApplication.class);
        ProcessHandle.current().children().forEach(child -> {
            String line = commandLine(child.pid());
            for (SuiteApplication application : SuiteApplication.values()) {
                if (line.contains(" " + application.mainClass())) {
                    applications.put(application, child.pid());
                }
            }
        });
        applications.forEach((application, pid) -> pids.put(application.module(), pid));
        pids.put(STORE, ProcessHandle.current().pid());
    }

    /** Process name to pid, the applications in the order they start, then the store's. */
    Map<String, Long> pids() {
        return pids;
    }

    long pid(SuiteApplication application) {
        Long pid = pids.get(application.module());
        if (pid == null) {
            throw new IllegalStateException(application.module() + " is not running");
        }
        return pid;
    }

    /** Resident memory of each process now, in megabytes (VmRSS in /proc/PID/status). */
    Map<String, Double> residentMegabytes() {
        Map<String, Double> resident = new LinkedHashMap<>();
        pids.forEach((name, pid) -> resident.put(name, residentKilobytes(pid) / 1024.0));
        return resident;
    }

    /**
     * CPU time a process has used so far, user and system, in seconds (utime and stime in /proc/PID/stat, counted in
     * the kernel's clock ticks, 100 a second on Linux).
     */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Read from /proc: ProcessHandle.Info leaves out command lines as long as these JVMs' class paths. */
    private static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    private static long residentKilobytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            throw new IllegalStateException("No VmRSS for process " + pid);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
