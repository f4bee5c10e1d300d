package org.socialgov.platform.audit;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The verdict on one aggregate's hash chain: intact up to its last event, or broken at the first sequence number
 * where the record no longer holds, with what is wrong there. {@code lastHash} lets an auditor anchor the chain
 * outside the system, so that removing events from its end can be noticed next time.
 */
@Serdeable
public record IntegrityReport(String aggregateType, String aggregateId, Verdict verdict, long eventsChecked,
                              Long lastSequenceNumber, String lastHash, Long brokenAt, Breach breach,
                              String explanation) {

    public enum Verdict { INTACT, BROKEN }

    /** What was done to the record at the first broken place. */
    public enum Breach { CHANGED, MISSING, REORDERED, UNSEALED }

    public boolean intact() {
        return verdict == Verdict.INTACT;
    }
}
