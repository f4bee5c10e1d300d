package org.socialgov.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The event stream as the record grows and under a burst, each on a scratch store with events injected directly
 * into contract-service's store: growth (the same requests and the idle suite at a small and a large record), a
 * burst with every processor running, and a rebuild of a large record.
 * Usage: StreamBenchmark [--quick] [growth] [burst] [rebuild]   (no part named: all three)
 */
public final class StreamBenchmark {

    private StreamBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        List<String> options = List.of(args);
        boolean quick = options.contains("--quick");
        boolean all = options.stream().noneMatch(List.of("growth", "burst", "rebuild")::contains);
        Path scratch = Files.createTempDirectory("socialgov-stream-bench");
        try {
            if (all || options.contains("growth")) {
                new StoreGrowth(quick ? List.of(2_000L, 20_000L) : List.of(10_000L, 200_000L),
                    Duration.ofSeconds(quick ? 20 : 60), quick ? 100 : 200).run(scratch);
            }
            if (all || options.contains("burst")) {
                new StreamBurst(quick ? 10_000 : 50_000).run(scratch);
            }
            if (all || options.contains("rebuild")) {
                new StoreRebuild(quick ? 20_000 : 200_000).run(scratch);
            }
        } finally {
            ScratchDirectories.delete(scratch);
        }
    }
}
