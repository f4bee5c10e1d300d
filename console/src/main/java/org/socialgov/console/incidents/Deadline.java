package org.socialgov.console.incidents;

import java.time.Duration;
import java.time.Instant;

import io.micronaut.core.annotation.Nullable;

/**
 * The deadline an incident is running against, in words: "Triage due in 3 h 20 min", "Decision overdue by 2 days".
 * While an incident is reported the department must triage it; once triaged (or escalated), decide the response.
 */
public record Deadline(String step, Instant dueBy, Duration left) {

    static @Nullable Deadline running(String status, @Nullable Instant dueBy, Instant now) {
        if (dueBy == null) {
            return null;
        }
        return switch (status) {
            case "REPORTED" -> new Deadline("Triage", dueBy, Duration.between(now, dueBy));
            case "TRIAGED", "ESCALATED" -> new Deadline("Decision", dueBy, Duration.between(now, dueBy));
            default -> null;
        };
    }

    public boolean overdue() {
        return left.isNegative();
    }

    public String words() {
        return overdue() ? step + " overdue by " + span(left.negated()) : step + " due in " + span(left);
    }

    /** A span as people say it: the two largest units that matter, never seconds. */
    static String span(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 1) {
            return "less than a minute";
        }
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutesPart = duration.toMinutesPart();
        if (days >= 3) {
            return days + " days";
        }
        if (days >= 1) {
            return (days == 1 ? "1 day" : days + " days") + (hours > 0 ? " " + hours + " h" : "");
        }
        if (hours >= 1) {
            return hours + " h" + (minutesPart > 0 ? " " + minutesPart + " min" : "");
        }
        return minutesPart + " min";
    }
}
