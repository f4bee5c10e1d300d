package org.socialgov.platform.testmodel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A test-only body with each kind of date field the specs declare: a date, a date-time, and an instant. */
@Serdeable
public record DatedNote(String text, LocalDate day, OffsetDateTime at, @Nullable Instant noticedAt) {
}
