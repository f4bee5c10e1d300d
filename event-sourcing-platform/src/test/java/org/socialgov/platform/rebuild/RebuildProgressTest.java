package org.socialgov.platform.rebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The numbers and words an operator reads while a rebuild runs. */
class RebuildProgressTest {

    @Test
    void givenQuarterDone_whenDescribed_thenCountShareSpeedAndTimeLeftFromTheSpeedSoFar() {
        RebuildProgress progress = new RebuildProgress(50_000, 12_400, Duration.ofSeconds(4));

        assertEquals(24, progress.percentDone());
        assertEquals(3_100, progress.eventsPerSecond());
        assertEquals("12,400 of 50,000 events (24%), 3,100 events/s, about 13 s left", progress.describe());
    }

    @Test
    void givenNothingProcessedYet_whenDescribed_thenTimeLeftIsNotGuessed() {
        RebuildProgress progress = new RebuildProgress(800, 0, Duration.ofMillis(300));

        assertEquals(Optional.empty(), progress.timeLeft());
        assertEquals("0 of 800 events (0%), 0 events/s, time left not known yet", progress.describe());
    }

    @Test
    void givenEmptyStore_whenDescribed_thenDone() {
        RebuildProgress progress = new RebuildProgress(0, 0, Duration.ZERO);

        assertEquals(100, progress.percentDone());
        assertEquals(Optional.of(Duration.ZERO), progress.timeLeft());
        assertEquals("0 events in 0 s (0 events/s)", progress.describeEnd());
    }

    @Test
    void givenLittleLeft_whenEstimated_thenRoundedUpSoThatWorkLeftNeverReadsAsNothingLeft() {
        RebuildProgress progress = new RebuildProgress(1_000, 999, Duration.ofSeconds(1));

        assertEquals(Optional.of(Duration.ofSeconds(1)), progress.timeLeft());
    }

    @Test
    void givenLongDurations_whenPutInWords_thenMinutesAndHoursToTheNearestSecond() {
        assertEquals("2 s", RebuildProgress.inWords(Duration.ofMillis(2_066)));
        assertEquals("2 min 5 s", RebuildProgress.inWords(Duration.ofSeconds(125)));
        assertEquals("1 h 1 min", RebuildProgress.inWords(Duration.ofSeconds(3_661)));
    }
}
