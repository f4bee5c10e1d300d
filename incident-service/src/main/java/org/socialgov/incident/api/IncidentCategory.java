package org.socialgov.incident.api;

/** What the mention may amount to, in the managing department's words. */
public enum IncidentCategory {
    COMPLAINT,
    PRAISE,
    RUMOUR_OR_MISINFORMATION,
    /** Something the company or its clients keep confidential appeared in public. */
    CONFIDENTIAL_INFORMATION_LEAK,
    /** An employee's own post that may go against the guidelines. */
    EMPLOYEE_CONDUCT,
    /** An account that poses as one of the company's official accounts. */
    IMPERSONATION,
    /** Backlash, "flaming": many people turning against the company at once. */
    BACKLASH,
    LEGAL_RISK,
    OTHER
}
