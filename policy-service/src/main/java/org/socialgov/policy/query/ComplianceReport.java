package org.socialgov.policy.query;

import java.time.Instant;
import java.util.List;

import org.socialgov.policy.api.Standing;

/**
 * For one published version: everyone on staff is bound and must acknowledge it; who has, who has not yet, and the
 * share that has. People who have left are counted apart.
 */
public record ComplianceReport(int versionNo, List<Entry> acknowledged, List<Entry> pending, int formerStaff) {

    public int bound() {
        return acknowledged.size() + pending.size();
    }

    public double percentAcknowledged() {
        return bound() == 0 ? 100.0 : Math.round(1000.0 * acknowledged.size() / bound()) / 10.0;
    }

    public record Entry(String personId, String name, Standing standing, Instant acknowledgedAt) {
    }
}
