package org.socialgov.policy.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a handle on a platform as an official account of the tenant from {@code since}; the handle may be given
 * in any of its forms (@Handle, a profile URL). Also registers a retired handle again.
 */
public record RegisterOfficialAccountCommand(@TargetAggregateIdentifier String accountId, String tenant,
                                             SocialPlatform platform, String handle, String url, String purpose,
                                             LocalDate since) {
}
