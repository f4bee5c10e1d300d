package org.socialgov.incident.domain;

import static org.socialgov.incident.api.IncidentStatus.CLOSED;
import static org.socialgov.incident.api.IncidentStatus.ESCALATED;
import static org.socialgov.incident.api.IncidentStatus.MERGED;
import static org.socialgov.incident.api.IncidentStatus.REPORTED;
import static org.socialgov.incident.api.IncidentStatus.RESOLVED;
import static org.socialgov.incident.api.IncidentStatus.RESPONSE_DECIDED;
import static org.socialgov.incident.api.IncidentStatus.TRIAGED;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.socialgov.incident.api.IncidentStatus;

/**
 * The order in which the managing department handles an incident: reported → triaged → (escalated, as often as
 * needed) → response decided → resolved → closed, and back to triage when reopened. Triage may be repeated until a
 * response is decided (a new assessment, a new assignee). A merged incident is handled no more: its survivor is.
 */
public enum HandlingOrder {

    TRIAGE("triaged", EnumSet.of(REPORTED, TRIAGED)),
    ESCALATE("escalated", EnumSet.of(TRIAGED, ESCALATED)),
    DECIDE_RESPONSE("given a response decision", EnumSet.of(TRIAGED, ESCALATED)),
    RESOLVE("resolved", EnumSet.of(RESPONSE_DECIDED)),
    CLOSE("closed", EnumSet.of(RESOLVED)),
    REOPEN("reopened", EnumSet.of(RESOLVED, CLOSED)),
    FOLLOW_UP("followed up", EnumSet.complementOf(EnumSet.of(CLOSED, MERGED))),
    MERGE("merged into another", EnumSet.complementOf(EnumSet.of(CLOSED, MERGED)));

    private final String done;
    private final Set<IncidentStatus> allowedFrom;

    HandlingOrder(String done, Set<IncidentStatus> allowedFrom) {
        this.done = done;
        this.allowedFrom = allowedFrom;
    }

    public void requireAllowedFrom(IncidentStatus status) {
        if (!allowedFrom.contains(status)) {
            throw new IncidentStateConflictException(done, status, allowedFrom.stream().map(Enum::name)
                .collect(Collectors.joining(" or ")));
        }
    }
}
