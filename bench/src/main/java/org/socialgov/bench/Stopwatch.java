package org.socialgov.bench;

import java.util.Arrays;

/** Times repeated runs of one operation and reports their median, in the units a reader expects. */
final class Stopwatch {

    private Stopwatch() {
    }

    /** The median duration of {@code runs} calls, in milliseconds, after {@code warmUp} untimed calls. */
    static double medianMillis(int warmUp, int runs, Runnable operation) {
        for (int i = 0; i < warmUp; i++) {
            operation.run();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            operation.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[runs / 2] / 1_000_000.0;
    }

    /** The mean duration of {@code runs} calls, in milliseconds, after {@code warmUp} untimed calls. */
    static double meanMillis(int warmUp, int runs, Runnable operation) {
        for (int i = 0; i < warmUp; i++) {
            operation.run();
        }
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            operation.run();
        }
        return (System.nanoTime() - start) / 1_000_000.0 / runs;
    }

    /** Items per second of the fastest of {@code runs} passes, each returning how many items it handled. */
    static double bestRate(int runs, java.util.function.LongSupplier pass) {
        double best = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long items = pass.getAsLong();
            double seconds = (System.nanoTime() - start) / 1e9;
            best = Math.max(best, items / seconds);
        }
        return best;
    }
}
