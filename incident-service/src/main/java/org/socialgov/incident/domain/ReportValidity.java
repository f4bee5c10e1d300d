package org.socialgov.incident.domain;

import java.util.regex.Pattern;

import org.socialgov.incident.api.PostReport;

/**
 * What makes a report usable as evidence: a post cannot be seen before it was posted, and the capture's hash must be
 * a SHA-256 (64 hex digits), or nobody could later show that the kept capture is the one reported. The form of each
 * field is checked at the door (400); these are the rules across fields and of meaning (422).
 */
public final class ReportValidity {

    private static final Pattern SHA_256 = Pattern.compile("^[0-9a-fA-F]{64}$");

    private ReportValidity() {
    }

    public static void require(PostReport report) {
        if (report.seenAt().isBefore(report.postedAt())) {
            throw new IncidentRuleViolationException("seenAt (" + report.seenAt() + ") is before postedAt ("
                + report.postedAt() + "): a post cannot be seen before it was posted");
        }
        if (!SHA_256.matcher(report.evidence().sha256()).matches()) {
            throw new IncidentRuleViolationException("evidence.sha256 must be the SHA-256 of the capture, "
                + "64 hexadecimal digits");
        }
    }
}
