package org.socialgov.incident.api;

/** How the post speaks of the company, as the reporter read it. */
public enum Sentiment {
    POSITIVE,
    NEGATIVE,
    NEUTRAL,
    MIXED
}
