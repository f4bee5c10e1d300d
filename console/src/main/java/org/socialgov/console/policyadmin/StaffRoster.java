package org.socialgov.console.policyadmin;

import java.time.LocalDate;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code GET /api/staff}: one page of the roster, in person id order, and the cursor of the next. */
@Serdeable
public record StaffRoster(List<Member> items, @Nullable String nextCursor) {

    /** {@code GET /api/staff/{personId}}: a person, their standing since when, and the training they attended. */
    @Serdeable
    public record Member(String personId, String name, String standing, LocalDate since, List<Training> trainings) {
    }

    @Serdeable
    public record Training(String title, LocalDate attendedOn, @Nullable String provider) {
    }
}
