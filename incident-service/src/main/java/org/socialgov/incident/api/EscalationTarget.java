package org.socialgov.incident.api;

/** Who an incident is escalated to when the managing department should not decide alone. */
public enum EscalationTarget {
    LEGAL,
    PR,
    EXECUTIVES
}
