package org.socialgov.policy.api;

import java.time.LocalDate;

import org.socialgov.platform.process.ReminderEvent;

/**
 * A person on staff has still not acknowledged published version {@code versionNo} of the policy {@code daysPending}
 * days after it was theirs to acknowledge: from {@code pendingSince}, the day it was published or, for someone who
 * joined later, the day they joined.
 */
public record PolicyAcknowledgementOverdueEvent(String staffMemberId, String tenant, String personId,
                                                String policyId, int versionNo, LocalDate pendingSince,
                                                int daysPending) implements ReminderEvent {
}
