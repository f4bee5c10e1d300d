package org.socialgov.incident.api;

/** How urgently the incident needs the managing department: P1 drops everything, P5 can wait for the weekly round. */
public enum Severity {
    P1,
    P2,
    P3,
    P4,
    P5
}
