package org.socialgov.platform.eventstore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.NavigableSet;
import java.util.TreeSet;

import org.axonframework.eventhandling.GapAwareTrackingToken;

/**
 * How a reader's {@link GapAwareTrackingToken} moves along the stream. The token is the highest position handled
 * plus the gaps: positions below it that were taken by an append but not yet seen. A gap is an append still being
 * written (a slow writer, delivered as soon as it is visible) or one that failed (never written).
 * <p>
 * Gaps are dropped, so that the token stays small and no reader waits forever, when
 * <ul>
 *   <li>they are older than the gap timeout: an event at a higher position took its position later than every gap
 *       below it, so once that event's {@code appendedAt} is older than the timeout, so is every gap below it;</li>
 *   <li>there are more than {@code maxGaps}: the lowest (oldest) go first. A count, not a distance below the
 *       highest position: a burst moves the highest position fast, and a distance would drop a merely slow writer
 *       within seconds; a count bounds the token whatever the burst, and healthy appends leave few gaps.</li>
 * </ul>
 */
final class GapRules {

    /** Before the first position: a reader without a token starts here. */
    static final GapAwareTrackingToken BEFORE_FIRST = new GapAwareTrackingToken(0, new TreeSet<>());

    private final Duration gapTimeout;
    private final int maxGaps;
    private final Clock clock;

    GapRules(Duration gapTimeout, int maxGaps, Clock clock) {
        this.gapTimeout = gapTimeout;
        this.maxGaps = maxGaps;
        this.clock = clock;
    }

    /** Whether an event whose position was taken at this time proves every gap below it timed out. */
    boolean outlived(Instant appendedAt) {
        return appendedAt.isBefore(clock.instant().minus(gapTimeout));
    }

    /** The token after handling the event at {@code position}, whose position was taken at {@code appendedAt}. */
    GapAwareTrackingToken advance(GapAwareTrackingToken token, long position, Instant appendedAt) {
        long index = token.getIndex();
        if (position <= index && !token.getGaps().contains(position)) {
            throw new IllegalArgumentException("Position " + position + " was already handled by " + token);
        }
        TreeSet<Long> gaps = new TreeSet<>(token.getGaps());
        gaps.remove(position);
        if (position > index) {
            // Only the highest maxGaps of the skipped positions could survive the cap anyway.
            for (long skipped = Math.max(index + 1, position - maxGaps); skipped < position; skipped++) {
                gaps.add(skipped);
            }
        }
        NavigableSet<Long> kept = outlived(appendedAt) ? gaps.tailSet(position, false) : gaps;
        return new GapAwareTrackingToken(Math.max(index, position), capped(kept));
    }

    /** The token without the gaps below {@code position}: they are known to have timed out. */
    GapAwareTrackingToken withoutGapsBelow(GapAwareTrackingToken token, long position) {
        return new GapAwareTrackingToken(token.getIndex(), token.getGaps().tailSet(position));
    }

    private NavigableSet<Long> capped(NavigableSet<Long> gaps) {
        if (gaps.size() <= maxGaps) {
            return gaps;
        }
        Iterator<Long> lowestFirst = gaps.iterator();
        for (int dropped = gaps.size() - maxGaps; dropped > 0; dropped--) {
            lowestFirst.next();
        }
        return gaps.tailSet(lowestFirst.next(), true);
    }
}
