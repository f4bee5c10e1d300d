package org.socialgov.policy.api;

import java.time.LocalDate;

/**
 * A handle became an official account of the tenant from {@code since}: for the first time, or again after it was
 * retired. {@code handle} is the form the company gave (for display); {@code normalisedHandle} is how it is matched.
 */
public record OfficialAccountRegisteredEvent(String accountId, String tenant, SocialPlatform platform,
                                             String normalisedHandle, String handle, String url, String purpose,
                                             LocalDate since) {
}
