package org.socialgov.console.audit;

import io.micronaut.core.annotation.Nullable;

/** The timeline of one object: its integrity badge and one page of its events. */
public record TimelinePage(AuditedKind kind, String id, IntegrityBadge integrity, AuditEventPage events,
                           boolean first) {

    public String address() {
        return "/audit/" + kind.slug() + "/" + id;
    }

    public @Nullable Long nextAfter() {
        return events.nextAfter();
    }
}
