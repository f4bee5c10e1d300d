package org.socialgov.console.audit;

import java.util.List;

import io.micronaut.core.annotation.Nullable;

/**
 * One object as of one version (the sequence number of the event that made it), what that event changed since the
 * version before, and the way to the other versions.
 */
public record VersionPage(AuditedKind kind, String id, long version, long last, @Nullable AuditEvent event,
                          List<AggregateDiff.Change> changes, ObjectSnapshot snapshot, IntegrityBadge integrity) {

    public String address() {
        return "/audit/" + kind.slug() + "/" + id;
    }

    public String versionAddress(long other) {
        return address() + "/versions?version=" + other;
    }

    public boolean hasPrevious() {
        return version > 0;
    }

    public boolean hasNext() {
        return version < last;
    }
}
