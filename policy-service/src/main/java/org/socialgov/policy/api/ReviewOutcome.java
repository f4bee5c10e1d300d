package org.socialgov.policy.api;

/** What a periodic review of the policy concluded. */
public enum ReviewOutcome {
    NO_CHANGE,
    AMENDMENTS_NEEDED
}
