package org.socialgov.incident.web;

import java.time.LocalDate;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import org.socialgov.incident.query.IncidentStatistics;
import org.socialgov.incident.query.IncidentStatisticsQuery;
import org.socialgov.incident.web.generated.api.IncidentStatisticsApi;
import org.socialgov.incident.web.generated.model.StatisticsWeek;
import org.socialgov.platform.identity.CurrentIdentity;
import org.socialgov.platform.identity.Roles;

/** The tenant's incident statistics, for the managing department and auditors (counts only, no personal data). */
@Controller
@Secured({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
public class IncidentStatisticsController implements IncidentStatisticsApi {

    private final IncidentStatisticsQuery statistics;
    private final CurrentIdentity currentIdentity;

    public IncidentStatisticsController(IncidentStatisticsQuery statistics, CurrentIdentity currentIdentity) {
        this.statistics = statistics;
        this.currentIdentity = currentIdentity;
    }

    @Override
    public org.socialgov.incident.web.generated.model.IncidentStatistics getIncidentStatistics(LocalDate from,
                                                                                               LocalDate to) {
        IncidentStatistics counted = statistics.of(currentIdentity.require().tenant(), from, to);
        return new org.socialgov.incident.web.generated.model.IncidentStatistics(counted.from(), counted.to(),
            counted.weeks().stream().map(week -> new StatisticsWeek(week.week(), week.incidents(), week.byCategory(),
                week.bySentiment(), week.bySeverity(), week.byPlatform())).toList(), counted.incidents(),
            counted.triaged(), counted.decided())
            .medianMinutesToTriage(counted.medianMinutesToTriage())
            .medianMinutesToDecision(counted.medianMinutesToDecision());
    }
}
