package org.socialgov.policy.api;

/** What a guideline is about, in the order the example policy takes them. */
public enum GuidelineCategory {
    AWARENESS,
    CLIENT_CONFIDENTIALITY,
    OWN_CONFIDENTIALITY_AND_PRIVACY,
    CONDUCT,
    DISCLAIMER,
    UNDERSTANDING_THE_MEDIUM,
    REPORTING
}
