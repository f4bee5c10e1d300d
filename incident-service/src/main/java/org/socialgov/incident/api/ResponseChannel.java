package org.socialgov.incident.api;

/** Where the company answers officially: only through its own voice, never a person's private account. */
public enum ResponseChannel {
    OFFICIAL_ACCOUNT,
    WEBSITE,
    PRESS_RELEASE
}
