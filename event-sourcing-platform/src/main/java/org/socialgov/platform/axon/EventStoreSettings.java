package org.socialgov.platform.axon;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Tuning of the MongoDB event store and of the processors that track it. See ARCHITECTURE.md, "How projections read
 * events", for why the look-back window matters.
 */
@ConfigurationProperties("socialgov.events")
public class EventStoreSettings {

    /** How far behind the newest event seen a tracking processor looks again for late-committed events. */
    private Duration lookBack = Duration.ofSeconds(10);
    /** How long a processor's claim on its token lasts without renewal before another node may take it. */
    private Duration tokenClaimTimeout = Duration.ofSeconds(10);
    /** After this many events since the last snapshot, an aggregate's state is snapshotted to load it faster. */
    private int snapshotThreshold = 100;
    /**
     * Whether the tracking processors start with the service. A command run ({@code rebuild-projections}) starts only
     * the ones it works on.
     */
    private boolean startProcessors = true;

    public Duration getLookBack() {
        return lookBack;
    }

    public void setLookBack(Duration lookBack) {
        this.lookBack = lookBack;
    }

    public Duration getTokenClaimTimeout() {
        return tokenClaimTimeout;
    }

    public void setTokenClaimTimeout(Duration tokenClaimTimeout) {
        this.tokenClaimTimeout = tokenClaimTimeout;
    }

    public int getSnapshotThreshold() {
        return snapshotThreshold;
    }

    public void setSnapshotThreshold(int snapshotThreshold) {
        this.snapshotThreshold = snapshotThreshold;
    }

    public boolean isStartProcessors() {
        return startProcessors;
    }

    public void setStartProcessors(boolean startProcessors) {
        this.startProcessors = startProcessors;
    }
}
