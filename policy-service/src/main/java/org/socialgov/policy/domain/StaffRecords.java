package org.socialgov.policy.domain;

import java.util.Optional;

/**
 * The people on a company's staff as their own records hold them now (ARCHITECTURE.md, decision 1): a decision about
 * a person reads that person's record, never the roster's read model, which may trail it by a moment.
 */
public interface StaffRecords {

    /** The person's record in the company, if they were ever registered there. */
    Optional<StaffMemberState> find(String tenant, String personId);
}
