package org.socialgov.console.incidents;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;

/**
 * One incident for the compliance officer: the incident, the deadline it runs against, the handling steps its
 * state allows (with the official accounts a response may be given on), the timeline, and the step just refused.
 */
public record IncidentPage(OfficerIncident incident, Instant now, ResponseAccounts accounts, Timeline timeline,
                           @Nullable Long after, @Nullable StepProblem problem) {

    public @Nullable Deadline deadline() {
        return incident.runningDeadline(now);
    }

    public List<HandlingStep> steps() {
        return Arrays.stream(HandlingStep.values()).filter(step -> step.allowedFrom(incident.status())).toList();
    }

    public boolean allows(HandlingStep step) {
        return step.allowedFrom(incident.status());
    }

    /**
     * What the step's form shows: what was entered if it was just refused; for a triage repeated, the current
     * severity and assignee; otherwise nothing yet.
     */
    public StepInput input(HandlingStep step) {
        if (problem != null && problem.step() == step) {
            return problem.input();
        }
        if (step == HandlingStep.TRIAGE && incident.assignee() != null) {
            return StepInput.retriage(incident.severity(), incident.severityReason(), incident.assignee());
        }
        return StepInput.empty();
    }

    public @Nullable String error(HandlingStep step, String field) {
        return problem != null && problem.step() == step ? problem.errors().get(field) : null;
    }

    public @Nullable StepProblem problemOf(HandlingStep step) {
        return problem != null && problem.step() == step ? problem : null;
    }

    /** A new Idempotency-Key for each form shown: sending one form twice takes the step once. */
    public String newKey() {
        return UUID.randomUUID().toString();
    }
}
