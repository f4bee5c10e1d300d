package org.socialgov.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.platform.axon.ConcurrentLedgerWorkload;
import org.socialgov.platform.support.TestServices;

/**
 * Many writers on shared aggregates, some of them refused for conflicts: every chain that results is intact, so a
 * refused append never became another event's predecessor.
 */
class SealsUnderConcurrencyTest {

    @TempDir
    static Path dataDir;

    @Test
    void givenConcurrentWritersAndRefusedAppends_whenEveryChainVerified_thenAllIntact() throws Exception {
        try (ApplicationContext service = TestServices.start(dataDir, Map.of())) {
            ConcurrentLedgerWorkload.Outcome outcome = ConcurrentLedgerWorkload.run(
                service.getBean(CommandGateway.class));
            assertTrue(outcome.unexpectedFailures().isEmpty(), outcome.unexpectedFailures().toString());

            Map<String, List<StoredEvent>> chains = new LinkedHashMap<>();
            service.getBean(StoredEventLog.class).forEachByAggregate(event ->
                chains.computeIfAbsent(event.aggregateId(), id -> new ArrayList<>()).add(event));

            assertEquals(outcome.succeeded(), chains.values().stream().mapToInt(List::size).sum());
            chains.forEach((aggregateId, events) -> assertEquals(IntegrityReport.Verdict.INTACT,
                ChainVerifier.verify(events).verdict(), aggregateId + ": " + ChainVerifier.verify(events)));
        }
    }
}
