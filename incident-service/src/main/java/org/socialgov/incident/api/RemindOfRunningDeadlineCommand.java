package org.socialgov.incident.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asks the incident whether a reminder of the deadline it runs against is due {@code at} (sent by the deadline
 * watch); a repeated ask records nothing.
 */
public record RemindOfRunningDeadlineCommand(@TargetAggregateIdentifier String incidentId, String tenant,
                                             Instant at) {
}
