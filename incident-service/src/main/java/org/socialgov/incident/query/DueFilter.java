package org.socialgov.incident.query;

/** Which incidents a list keeps by their running deadline. */
public enum DueFilter {
    /** The deadline is still ahead but within the due-soon window. */
    SOON,
    /** The deadline has passed. */
    OVERDUE
}
