package org.socialgov.platform.axon;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.socialgov.platform.testmodel.OpenLedgerCommand;
import org.socialgov.platform.testmodel.RecordEntryCommand;

/**
 * Many writers at once, as a busy service has them. Each thread, in cycles of ten commands: opens a ledger of its own,
 * records four entries on it, records four entries on ledgers every thread shares, and tries to open a ledger that all
 * threads try to open at the same moment (exactly one may win; the others must be refused, not duplicated).
 */
public final class ConcurrentLedgerWorkload {

    static final int THREADS = 8;
    static final int COMMANDS_PER_THREAD = 50;
    static final int SHARED_LEDGERS = 4;
    static final int CONTESTED_LEDGERS = COMMANDS_PER_THREAD / 10;

    public record Outcome(int commands, int succeeded, int refusedCreations, List<String> unexpectedFailures,
                   Duration elapsed) {
    }

    private ConcurrentLedgerWorkload() {
    }

    public static Outcome run(CommandGateway commands) throws Exception {
        for (int shared = 0; shared < SHARED_LEDGERS; shared++) {
            commands.sendAndWait(new OpenLedgerCommand("shared-" + shared));
        }
        AtomicInteger succeeded = new AtomicInteger(SHARED_LEDGERS);
        AtomicInteger refused = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch startTogether = new CountDownLatch(1);
        ExecutorService writers = Executors.newFixedThreadPool(THREADS);
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int writer = thread;
                running.add(writers.submit((Callable<Void>) () -> {
                    startTogether.await();
                    for (int i = 0; i < COMMANDS_PER_THREAD; i++) {
                        Object command = command(writer, i);
                        try {
                            commands.sendAndWait(command);
                            succeeded.incrementAndGet();
                        } catch (AggregateStreamCreationException e) {
                            refused.incrementAndGet();
                        } catch (RuntimeException e) {
                            failures.add(command + ": " + e);
                        }
                    }
                    return null;
                }));
            }
            startTogether.countDown();
            for (Future<?> writer : running) {
                writer.get();
            }
        } finally {
            writers.shutdownNow();
        }
        return new Outcome(SHARED_LEDGERS + THREADS * COMMANDS_PER_THREAD, succeeded.get(), refused.get(),
            List.copyOf(failures), Duration.ofNanos(System.nanoTime() - started));
    }

    private static Object command(int writer, int i) {
        int cycle = i / 10;
        int step = i % 10;
        if (step == 0) {
            return new OpenLedgerCommand(ownLedger(writer, cycle));
        }
        if (step == 5) {
            return new OpenLedgerCommand("contested-" + cycle);
        }
        if (step % 2 == 1) {
            return new RecordEntryCommand(ownLedger(writer, cycle), writer * 1000L + i);
        }
        return new RecordEntryCommand("shared-" + (step / 2 - 1), writer * 1000L + i);
    }

    private static String ownLedger(int writer, int cycle) {
        return "own-" + writer + "-" + cycle;
    }
}
