package org.socialgov.policy.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.socialgov.policy.api.Standing;

/**
 * Every standing a person has held, in the order recorded, each from its own day. It answers what the person's
 * standing was on any day, which decides whether they were on staff then (e.g. for training they attended).
 */
public record StandingTimeline(List<StandingPeriod> periods) {

    public StandingTimeline {
        periods = List.copyOf(periods);
    }

    static StandingTimeline startingWith(Standing standing, LocalDate since) {
        return new StandingTimeline(List.of(new StandingPeriod(standing, since)));
    }

    StandingTimeline then(Standing standing, LocalDate since) {
        List<StandingPeriod> longer = new ArrayList<>(periods);
        longer.add(new StandingPeriod(standing, since));
        return new StandingTimeline(longer);
    }

    StandingPeriod latest() {
        return periods.get(periods.size() - 1);
    }

    /** The day the person's current stay on staff began: a change of standing on staff does not interrupt it. */
    LocalDate onStaffSince() {
        LocalDate since = latest().since();
        for (int i = periods.size() - 1; i >= 0 && periods.get(i).standing().current(); i--) {
            since = periods.get(i).since();
        }
        return since;
    }

    /**
     * The standing on that day: the last period recorded that had begun by then. Two periods may begin on one day
     * (a same-day correction); the later one recorded is the one that held.
     */
    Optional<Standing> on(LocalDate day) {
        Standing held = null;
        for (StandingPeriod period : periods) {
            if (!period.since().isAfter(day)) {
                held = period.standing();
            }
        }
        return Optional.ofNullable(held);
    }
}
