package org.socialgov.policy.api;

import java.time.LocalDate;

/** A published version: it never changes; it is in force from its effective date until the next one's. */
public record PublishedVersion(int versionNo, LocalDate effectiveFrom, PolicyContent content) {
}
