package org.socialgov.incident.web;

import org.socialgov.incident.domain.IncidentRedaction;
import org.socialgov.platform.audit.AggregateDiff;
import org.socialgov.platform.audit.AuditEvent;
import org.socialgov.platform.audit.AuditEventPage;

/**
 * The record's answers (history, diff, export) with the personal data in each event's payload redacted, for readers
 * without the need to know. Only the payload changes, so an entry keeps whatever else it carries (metadata, hashes).
 * A redacted event no longer matches its hash: the hash seals the event as recorded, and the integrity checks verify
 * it where the data is whole.
 */
final class RedactedRecord {

    private RedactedRecord() {
    }

    /** One event as a reader without the need to know sees it: the one redaction history, diff and export share. */
    static AuditEvent of(AuditEvent event) {
        return event.payload() == null ? event : event.withPayload(IncidentRedaction.ofPayload(event.payload()));
    }

    static AuditEventPage of(AuditEventPage history) {
        return new AuditEventPage(history.aggregateId(), history.events().stream().map(RedactedRecord::of).toList(),
            history.nextAfter());
    }

    /** The states compared are already redacted where they were read; the events between them are redacted here. */
    static AggregateDiff of(AggregateDiff diff) {
        return new AggregateDiff(diff.aggregateId(), diff.fromVersion(), diff.toVersion(), diff.changes(),
            diff.events().stream().map(RedactedRecord::of).toList());
    }
}
