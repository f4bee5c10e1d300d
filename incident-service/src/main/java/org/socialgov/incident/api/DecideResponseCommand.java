package org.socialgov.incident.api;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records the company's decision: an official response, or (with {@code response} null) not to respond, with the
 * reason. {@code deciderRoles} are the caller's roles: only the managing department may decide.
 */
public record DecideResponseCommand(@TargetAggregateIdentifier String incidentId, String tenant,
                                    OfficialResponse response, String noResponseReason, String decider,
                                    List<String> deciderRoles, Instant at) {

    public DecideResponseCommand {
        deciderRoles = List.copyOf(deciderRoles);
    }
}
