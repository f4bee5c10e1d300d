package org.socialgov.console.policyadmin;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.micronaut.core.annotation.Nullable;

import org.socialgov.console.web.ChartFigures;

/**
 * Compliance with one published version: the counts, the chart of acknowledged against pending, one page of the
 * people still pending, and the other published versions to look at.
 */
public record CompliancePage(String policyId, int versionNo, ComplianceReport report, ChartFigures chart,
                             Slice<ComplianceReport.Entry> pending, List<Integer> publishedVersions) {

    public String base() {
        return "/policy-admin/policies/" + policyId + "/versions/" + versionNo + "/compliance";
    }

    /** When the latest acknowledgement was given, if any was. */
    public @Nullable Instant lastAcknowledgedAt() {
        return report.acknowledged().stream().map(ComplianceReport.Entry::acknowledgedAt).filter(Objects::nonNull)
            .max(Comparator.naturalOrder()).orElse(null);
    }

    /** The share acknowledged, as a whole percentage. */
    public long percent() {
        return Math.round(report.percentAcknowledged());
    }
}
