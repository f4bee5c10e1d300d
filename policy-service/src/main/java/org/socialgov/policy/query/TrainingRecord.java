package org.socialgov.policy.query;

import java.time.LocalDate;

/** A training session on a person's roster entry; the provider is null when the company gave it itself. */
public record TrainingRecord(String title, LocalDate attendedOn, String provider) {
}
