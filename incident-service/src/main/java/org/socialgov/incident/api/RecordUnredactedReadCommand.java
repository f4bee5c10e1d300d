package org.socialgov.incident.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that someone is about to read the report with its personal data; sent before the data is disclosed. */
public record RecordUnredactedReadCommand(@TargetAggregateIdentifier String incidentId, String tenant, String reader,
                                          Instant at) {
}
