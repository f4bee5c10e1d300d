package org.socialgov.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.socialgov.platform.rebuild.ProjectionRebuild;
import org.socialgov.platform.rebuild.ProjectionRebuildStatus;
import org.socialgov.platform.rebuild.RebuildState;

/**
 * A projection rebuild of a large record: contract drafts injected into contract-service's store (in this JVM, with
 * its processors held back, as the {@code rebuild-projections} command holds them), then the operators' rebuild
 * ({@code POST /admin/contracts/projections/rebuild}) timed from the request to COMPLETED. Every event is a new
 * contract, so every one is a write to the read model. Goal: at least 10,000 events a second.
 */
final class StoreRebuild {

    private static final String OPERATOR = BenchService.token("bench-operator", "bench", "OPERATOR");

    private final long events;

    StoreRebuild(long events) {
        this.events = events;
    }

    void run(Path scratch) throws IOException {
        try (BenchService service = BenchService.start(scratch.resolve("rebuild"),
            Map.of("socialgov.events.start-processors", false))) {
            System.out.printf("Injecting %,d contract drafts for a rebuild...%n", events);
            double injected = new ContractInjection(service.context().getBean(EventStore.class), 0).append(events);
            System.out.printf("  injected at %,.0f ev/s; rebuilding...%n", injected);
            long start = System.nanoTime();
            double cpuBefore = SuiteProcesses.cpuSeconds(ProcessHandle.current().pid());
            service.send("POST", "/admin/contracts/projections/rebuild", OPERATOR, null);
            ProjectionRebuildStatus end = service.context().getBean(ProjectionRebuild.class).awaitEnd();
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuMicros = (SuiteProcesses.cpuSeconds(ProcessHandle.current().pid()) - cpuBefore) * 1e6;
            if (end.state() != RebuildState.COMPLETED) {
                throw new IllegalStateException("The rebuild ended " + end.state() + ": " + end.failureReason());
            }
            double rate = end.totalEvents() / seconds;
            System.out.printf("  rebuilt %,d events in %.1f s: %,.0f ev/s; CPU (service and store, this JVM) %.0f"
                + " microseconds per event%n", end.totalEvents(), seconds, rate, cpuMicros / end.totalEvents());
            Results.put("stream.rebuild.events", end.totalEvents());
            Results.put("stream.rebuild.rate", rate);
            Results.put("stream.rebuild.cpu.us", cpuMicros / end.totalEvents());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
