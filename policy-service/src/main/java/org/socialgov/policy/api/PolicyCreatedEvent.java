package org.socialgov.policy.api;

import java.time.LocalDate;

public record PolicyCreatedEvent(String policyId, String tenant, String title, LocalDate enactedOn,
                                 int reviewIntervalMonths, PolicyContent draft) {
}
