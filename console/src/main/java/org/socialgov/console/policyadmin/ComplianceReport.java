package org.socialgov.console.policyadmin;

import java.time.Instant;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * {@code GET /api/policies/{id}/versions/{n}/compliance}: the people on staff now (bound), who of them acknowledged
 * the version and who has not yet, and how many have left (not asked to acknowledge).
 */
@Serdeable
public record ComplianceReport(int versionNo, int bound, List<Entry> acknowledged, List<Entry> pending,
                               double percentAcknowledged, int formerStaff) {

    @Serdeable
    public record Entry(String personId, String name, String standing, @Nullable Instant acknowledgedAt) {
    }
}
