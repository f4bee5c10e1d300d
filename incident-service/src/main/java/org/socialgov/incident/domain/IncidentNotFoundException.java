package org.socialgov.incident.domain;

import org.socialgov.platform.axon.NoSuchAggregateException;

/**
 * No such incident for the caller: it does not exist, belongs to another tenant, or is not the caller's to know of.
 * The three answer alike, so that nobody learns of an incident they may not see.
 */
public class IncidentNotFoundException extends NoSuchAggregateException {

    public IncidentNotFoundException(String incidentId) {
        super(Incident.class, incidentId);
    }
}
