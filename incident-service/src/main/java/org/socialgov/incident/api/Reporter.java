package org.socialgov.incident.api;

/** Who reported a post (the caller's identity) and in which capacity. */
public record Reporter(String actor, ReporterKind kind) {
}
