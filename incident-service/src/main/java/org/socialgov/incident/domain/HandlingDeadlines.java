package org.socialgov.incident.domain;

import java.util.Optional;

import org.socialgov.incident.api.IncidentDeadline;
import org.socialgov.incident.api.IncidentStatus;

/**
 * Which deadline an incident's handling runs against in each state: the triage while it is reported, the response
 * decision while it is triaged or escalated (again after a reopening), none once the response is decided, nor while
 * it is resolved, closed or merged into another.
 */
public final class HandlingDeadlines {

    private HandlingDeadlines() {
    }

    public static Optional<IncidentDeadline> runningIn(IncidentStatus status) {
        return switch (status) {
            case REPORTED -> Optional.of(IncidentDeadline.TRIAGE);
            case TRIAGED, ESCALATED -> Optional.of(IncidentDeadline.RESPONSE_DECISION);
            case RESPONSE_DECIDED, RESOLVED, CLOSED, MERGED -> Optional.empty();
        };
    }
}
