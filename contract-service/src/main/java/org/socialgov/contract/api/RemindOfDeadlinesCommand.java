package org.socialgov.contract.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent by the deadline watch to an active contract whose renewal cancel-by date or term end is near or past: the
 * contract records the reminders due {@code today} that it has not recorded yet. Sending it again records nothing.
 */
public record RemindOfDeadlinesCommand(@TargetAggregateIdentifier String contractId, String client, LocalDate today,
                                       ContractReminderLeadTimes leadTimes) {
}
