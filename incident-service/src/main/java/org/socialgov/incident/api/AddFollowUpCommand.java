package org.socialgov.incident.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds what a reporter (or the managing department) observed since, e.g. the post was deleted or spread further. */
public record AddFollowUpCommand(@TargetAggregateIdentifier String incidentId, String tenant, String author,
                                 List<String> authorRoles, String observation, Reach reach, Instant at) {

    public AddFollowUpCommand {
        authorRoles = List.copyOf(authorRoles);
    }
}
