package org.socialgov.policy.api;

import java.time.LocalDate;

/** A person on staff moved from one standing to another (e.g. an employee became an officer) on a day. */
public record StandingChangedEvent(String staffMemberId, Standing from, Standing to, LocalDate since) {
}
