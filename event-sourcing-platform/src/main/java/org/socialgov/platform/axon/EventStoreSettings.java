package org.socialgov.platform.axon;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Tuning of the MongoDB event store and of the processors that track it. See ARCHITECTURE.md, decision 1, for what
 * a gap is and why it is bounded.
 */
@ConfigurationProperties("socialgov.events")
public class EventStoreSettings {

    /**
     * How long a tracking processor keeps asking for a stream position that was taken by an append but is not
     * stored yet: an append visible later than this after it took its position would be missed.
     */
    private Duration gapTimeout = Duration.ofSeconds(60);
    /** At most this many such positions are kept in a processor's token (the oldest go first), bounding its size. */
    private int maxGaps = 500;
    /** How long a processor's claim on its token lasts without renewal before another node may take it. */
    private Duration tokenClaimTimeout = Duration.ofSeconds(10);
    /** After this many events since the last snapshot, an aggregate's state is snapshotted to load it faster. */
    private int snapshotThreshold = 100;
    /**
     * A projection failing on the same event this many times in a row (failures to reach the store aside) stops its
     * processor rather than skip the event; ARCHITECTURE.md, decision 1.
     */
    private int failedEventAttempts = 10;
    /** ... or failing on it for this long, whichever comes first. */
    private Duration failedEventRetryFor = Duration.ofMinutes(5);
    /**
     * While nothing new is found, the head of the stream is read less and less often, from this interval doubling up
     * to the longest; an append in this process, or a reader waiting for the newest events, makes it read at once.
     */
    private Duration shortestPollInterval = Duration.ofMillis(50);
    /** How long an append by another process (another instance, another service) can take to be seen when idle. */
    private Duration longestPollInterval = Duration.ofSeconds(2);
    /**
     * Whether the tracking processors start with the service. A command run ({@code rebuild-projections}) starts only
     * the ones it works on.
     */
    private boolean startProcessors = true;

    public Duration getGapTimeout() {
        return gapTimeout;
    }

    public void setGapTimeout(Duration gapTimeout) {
        this.gapTimeout = gapTimeout;
    }

    public int getMaxGaps() {
        return maxGaps;
    }

    public void setMaxGaps(int maxGaps) {
        this.maxGaps = maxGaps;
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

    public int getFailedEventAttempts() {
        return failedEventAttempts;
    }

    public void setFailedEventAttempts(int failedEventAttempts) {
        this.failedEventAttempts = failedEventAttempts;
    }

    public Duration getFailedEventRetryFor() {
        return failedEventRetryFor;
    }

    public void setFailedEventRetryFor(Duration failedEventRetryFor) {
        this.failedEventRetryFor = failedEventRetryFor;
    }

    public Duration getShortestPollInterval() {
        return shortestPollInterval;
    }

    public void setShortestPollInterval(Duration shortestPollInterval) {
        this.shortestPollInterval = shortestPollInterval;
    }

    public Duration getLongestPollInterval() {
        return longestPollInterval;
    }

    public void setLongestPollInterval(Duration longestPollInterval) {
        this.longestPollInterval = longestPollInterval;
    }

    public boolean isStartProcessors() {
        return startProcessors;
    }

    public void setStartProcessors(boolean startProcessors) {
        this.startProcessors = startProcessors;
    }
}
