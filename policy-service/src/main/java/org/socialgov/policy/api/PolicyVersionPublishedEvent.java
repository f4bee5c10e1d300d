package org.socialgov.policy.api;

import java.time.LocalDate;

public record PolicyVersionPublishedEvent(String policyId, String tenant, int versionNo, LocalDate effectiveFrom,
                                          PolicyContent content) {
}
