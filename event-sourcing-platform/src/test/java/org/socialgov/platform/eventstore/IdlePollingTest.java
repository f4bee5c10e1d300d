package org.socialgov.platform.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** How often the head of an idle stream is read: backing off to the longest interval, and at once when woken. */
class IdlePollingTest {

    private static final long MS = 1_000_000;

    private final AtomicLong now = new AtomicLong(1_000 * MS);
    private final IdlePolling polling = new IdlePolling(Duration.ofMillis(50), Duration.ofSeconds(2), now::get);

    @Test
    void givenNothingFound_whenPolledAgainAndAgain_thenTheIntervalDoublesFromTheShortestUpToTheLongest() {
        List<Long> waits = new ArrayList<>();
        for (int poll = 0; poll < 9; poll++) {
            long start = now.get();
            OptionalLong due;
            while ((due = polling.due()).isEmpty()) {
                now.addAndGet(MS);
            }
            waits.add((now.get() - start) / MS);
            polling.polled(due.getAsLong(), false);
        }

        assertEquals(List.of(0L, 50L, 100L, 200L, 400L, 800L, 1600L, 2000L, 2000L), waits);
    }

    @Test
    void givenEventsFound_whenPolled_thenTheNextPollIsDueAtOnceAndTheBackOffStartsOver() {
        backOffFully();
        now.addAndGet(2_000 * MS);

        polling.polled(polling.due().getAsLong(), true);

        assertTrue(polling.due().isPresent());
        polling.polled(polling.due().getAsLong(), false);
        now.addAndGet(50 * MS);
        assertTrue(polling.due().isPresent(), "back to the shortest interval");
    }

    @Test
    void givenABackedOffStream_whenWokenUp_thenDueAtOnce() {
        backOffFully();
        assertFalse(polling.due().isPresent());

        polling.wakeUp();

        assertTrue(polling.due().isPresent());
    }

    @Test
    void givenAWakeUpDuringAPollThatFindsNothing_whenThatPollEnds_thenTheNextPollIsStillDueAtOnce() {
        backOffFully();
        now.addAndGet(2_000 * MS);
        long poll = polling.due().getAsLong();

        polling.wakeUp();
        polling.polled(poll, false);

        assertTrue(polling.due().isPresent(), "an append during an empty poll must not wait out the back-off");
    }

    private void backOffFully() {
        for (int poll = 0; poll < 8; poll++) {
            now.addAndGet(2_000 * MS);
            polling.polled(polling.due().getAsLong(), false);
        }
    }
}
