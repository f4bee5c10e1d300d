package org.socialgov.platform.rebuild;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * How far a rebuild has come at one moment, and what that means for the operator waiting on it: the share done, the
 * speed so far and, from that speed, the time left.
 */
record RebuildProgress(long totalEvents, long processedEvents, Duration elapsed) {

    int percentDone() {
        return totalEvents == 0 ? 100 : (int) (processedEvents * 100 / totalEvents);
    }

    /** The average since the rebuild started: steadier than the last few seconds' rate, which jumps with batches. */
    long eventsPerSecond() {
        long millis = elapsed.toMillis();
        return millis == 0 ? 0 : processedEvents * 1000 / millis;
    }

    /**
     * Absent until the first event is processed: before that there is no speed to estimate from. Rounded up to whole
     * seconds, so that "0 s left" is never said while work remains.
     */
    Optional<Duration> timeLeft() {
        long remaining = totalEvents - processedEvents;
        if (remaining <= 0) {
            return Optional.of(Duration.ZERO);
        }
        if (processedEvents == 0) {
            return Optional.empty();
        }
        double secondsPerEvent = elapsed.toMillis() / 1000.0 / processedEvents;
        return Optional.of(Duration.ofSeconds((long) Math.ceil(remaining * secondsPerEvent)));
    }

    /** For example "12,400 of 50,000 events (24%), 3,100 events/s, about 13 s left". */
    String describe() {
        String timeLeft = timeLeft().map(left -> "about " + inWords(left) + " left").orElse("time left not known yet");
        return String.format(Locale.ENGLISH, "%s (%d%%), %,d events/s, %s", describeCount(), percentDone(),
            eventsPerSecond(), timeLeft);
    }

    /** For example "12,400 of 50,000 events". */
    String describeCount() {
        return String.format(Locale.ENGLISH, "%,d of %,d events", processedEvents, totalEvents);
    }

    /** For example "50,000 events in 16 s (3,100 events/s)". */
    String describeEnd() {
        return String.format(Locale.ENGLISH, "%,d events in %s (%,d events/s)", processedEvents, inWords(elapsed),
            eventsPerSecond());
    }

    /** To the nearest second: "12 s", "2 min 5 s", "1 h 1 min". */
    static String inWords(Duration duration) {
        long seconds = (duration.toMillis() + 500) / 1000;
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min " + seconds % 60 + " s";
        }
        return minutes / 60 + " h " + minutes % 60 + " min";
    }
}
