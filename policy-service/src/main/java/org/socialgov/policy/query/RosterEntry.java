package org.socialgov.policy.query;

import java.time.LocalDate;
import java.util.List;

import org.socialgov.policy.api.Standing;

/** One person on a company's roster: their current standing, the day it began, and the training they attended. */
public record RosterEntry(String personId, String name, Standing standing, LocalDate since,
                          List<TrainingRecord> trainings) {

    public RosterEntry {
        trainings = List.copyOf(trainings);
    }
}
