package org.socialgov.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.socialgov.suite.SuiteApplication;

/**
 * Start-to-ready times, taken from the suite's progress lines as it starts: the applications start one after the
 * other, each once the previous one is healthy, so each one's time runs from the previous line to its own "ready".
 */
final class StartupTimes implements Consumer<String> {

    private final long start = System.nanoTime();
    private long previous = start;
    private final Map<String, Double> seconds = new LinkedHashMap<>();

    @Override
    public synchronized void accept(String line) {
        long now = System.nanoTime();
        System.out.println("  " + line);
        for (SuiteApplication application : SuiteApplication.values()) {
            if (line.startsWith(application.module() + " ready")) {
                seconds.put(application.module(), (now - previous) / 1e9);
            }
        }
        if (line.startsWith("Store ready")) {
            seconds.put("store", (now - previous) / 1e9);
        }
        previous = now;
    }

    /** Each application's seconds from its start to healthy, then the whole suite's as "suite". */
    synchronized Map<String, Double> seconds() {
        Map<String, Double> all = new LinkedHashMap<>(seconds);
        all.put("suite", (previous - start) / 1e9);
        return all;
    }
}
