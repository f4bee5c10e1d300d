package org.socialgov.policy.domain;

import java.time.LocalDate;

import org.socialgov.policy.api.Standing;

/** A standing a person held from a day on, until the next period of their timeline began. */
public record StandingPeriod(Standing standing, LocalDate since) {
}
