package org.socialgov.platform.audit;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A page of one aggregate's history, oldest first. {@code nextAfter} is the sequence number to ask after for the
 * next page, absent on the last page.
 */
@Serdeable
public record AuditEventPage(String aggregateId, @JsonInclude(JsonInclude.Include.ALWAYS) List<AuditEvent> events,
                             Long nextAfter) {
}
