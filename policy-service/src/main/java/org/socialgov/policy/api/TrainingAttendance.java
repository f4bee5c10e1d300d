package org.socialgov.policy.api;

import java.time.LocalDate;

/** A training session a person attended; the provider is who gave it, or null when the company gave it itself. */
public record TrainingAttendance(String title, LocalDate attendedOn, String provider) {
}
