package org.socialgov.policy.api;

/** Where an official account stands on a given day. */
public enum OfficialAccountStatus {
    /** Registered to become official on a later day. */
    SCHEDULED,
    ACTIVE,
    /** Retired on or before the day; the handle no longer speaks for the company. */
    RETIRED
}
