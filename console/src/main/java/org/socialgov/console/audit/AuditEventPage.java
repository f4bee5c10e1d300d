package org.socialgov.console.audit;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code GET .../{id}/history}: a page of the object's events, oldest first, and where the next page starts. */
@Serdeable
public record AuditEventPage(String aggregateId, List<AuditEvent> events, @Nullable Long nextAfter) {
}
