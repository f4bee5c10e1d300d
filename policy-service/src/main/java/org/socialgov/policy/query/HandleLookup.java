package org.socialgov.policy.query;

import java.time.LocalDate;

/**
 * The answer to "is this handle an official account of the company on that day": the handle as it is matched, and
 * the company's account with that handle if it has one - the period official that day, else the latest, so that a
 * retired account is recognised as the company's former one.
 */
public record HandleLookup(String normalisedHandle, LocalDate on, boolean official, OfficialAccountView account) {
}
