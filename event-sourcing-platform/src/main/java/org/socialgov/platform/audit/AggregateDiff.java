package org.socialgov.platform.audit;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** What changed between two versions of one aggregate: the fields, and the events that changed them. */
@Serdeable
public record AggregateDiff(String aggregateId, long fromVersion, long toVersion,
                            @JsonInclude(JsonInclude.Include.ALWAYS) List<FieldChange> changes,
                            @JsonInclude(JsonInclude.Include.ALWAYS) List<AuditEvent> events) {
}
