package org.socialgov.platform.eventstore;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.platform.audit.StoredEventLog;
import org.socialgov.platform.identity.AuditMetaData;
import org.socialgov.platform.support.TestServices;
import org.socialgov.platform.testmodel.LedgerProjection;
import org.socialgov.platform.testmodel.OpenLedgerCommand;

/**
 * No polling storm while idle (ARCHITECTURE.md, decision 1): with nothing appended, the head of the stream is read
 * at most once per longest poll interval (2 s), with one small read, and an idle processor renews its claim three
 * times per claim timeout; an append in the process is still handled at once.
 */
class IdleStreamTest {

    private static final Duration IDLE = Duration.ofSeconds(10);
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(9);

    @TempDir
    Path dataDir;

    @Test
    void givenAnIdleService_whenNothingIsAppended_thenItReadsItsStreamRarely_andAnAppendIsStillHandledAtOnce() {
        try (ApplicationContext service = TestServices.start(dataDir, Map.of(StoreCommandCounts.ENABLED, true,
            "socialgov.events.token-claim-timeout", CLAIM_TIMEOUT.toString()))) {
            open(service, "ledger-1");
            LedgerProjection projection = service.getBean(LedgerProjection.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> projection.ledgers().size() == 1);
            StoreCommandCounts counts = service.getBean(StoreCommandCounts.class);
            // The back-off reaches its longest interval (2 s) within seconds: a stretch of 2.5 s with at most two
            // reads of the stream says it has.
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(2_500)).until(() -> {
                long reads = streamReads(counts);
                counts.reset();
                return reads <= 2;
            });
            counts.reset();

            // Counts only grow: held for the whole idle stretch, or failed as soon as a bound is passed.
            await().during(IDLE).atMost(IDLE.plusSeconds(5)).untilAsserted(() -> {
                long streamReads = streamReads(counts);
                assertTrue(streamReads <= IDLE.toSeconds() / 2 + 1, "stream read " + streamReads + " times in "
                    + IDLE + ": " + counts);
                long claimRenewals = counts.count("update", "trackingtokens");
                assertTrue(claimRenewals <= IDLE.toSeconds() * 3 / CLAIM_TIMEOUT.toSeconds() + 1, "claim renewed "
                    + claimRenewals + " times in " + IDLE + ": " + counts);
            });

            long appended = System.nanoTime();
            open(service, "ledger-2");
            await().atMost(Duration.ofSeconds(30)).until(() -> projection.ledgers().size() == 2);
            long millis = (System.nanoTime() - appended) / 1_000_000;
            // Not a timing goal: well below the longest poll interval shows the append woke the reader up.
            assertTrue(millis < 1_500, "handled " + millis + " ms after the append");
        }
    }

    private static long streamReads(StoreCommandCounts counts) {
        return counts.count("find", StoredEventLog.COLLECTION) + counts.count("find", EventPositions.COLLECTION);
    }

    private static void open(ApplicationContext service, String ledgerId) {
        service.getBean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(
            new OpenLedgerCommand(ledgerId)).andMetaData(Map.of(AuditMetaData.TENANT, "acme")));
    }
}
