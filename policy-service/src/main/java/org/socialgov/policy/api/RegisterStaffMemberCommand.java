package org.socialgov.policy.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Puts a person who joined the company (the tenant) on its roster with the standing they joined with, since the day
 * they joined; {@code recordedOn} is the day it is recorded, after which nothing can be dated.
 */
public record RegisterStaffMemberCommand(@TargetAggregateIdentifier String staffMemberId, String tenant,
                                         String personId, String name, Standing standing, LocalDate since,
                                         LocalDate recordedOn) {
}
