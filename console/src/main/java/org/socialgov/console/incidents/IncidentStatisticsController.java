package org.socialgov.console.incidents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import org.socialgov.console.gateway.ApiProblemException;
import org.socialgov.console.gateway.GatewayApi;
import org.socialgov.console.session.ConsoleSession;
import org.socialgov.console.web.Pages;
import org.socialgov.console.web.Roles;

/** Weekly incident statistics as charts, for a period the officer may change (kept in the URL). */
@Controller("/incidents/statistics")
@Produces(Pages.HTML)
public class IncidentStatisticsController {

    private static final String TITLE = "Incident statistics";

    private final GatewayApi api;
    private final Clock clock = Clock.systemUTC();

    public IncidentStatisticsController(GatewayApi api) {
        this.api = api;
    }

    @Get
    public HttpResponse<?> statistics(HttpRequest<?> request, @Nullable @QueryValue String from,
                                      @Nullable @QueryValue String to) {
        ConsoleSession session = Pages.requireRole(request, Roles.COMPLIANCE_OFFICER);
        StatisticsPeriod period = StatisticsPeriod.of(from, to, LocalDate.now(clock));
        Map<String, String> problems = period.problems();
        if (!problems.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(Pages.view(request,
                "incident-statistics", TITLE, new StatisticsPage(period, problems, "", "", null)));
        }
        try {
            IncidentStatistics statistics = api.get(session, "/api/incidents/statistics" + period.apiQuery(),
                IncidentStatistics.class);
            return HttpResponse.ok(Pages.view(request, "incident-statistics", TITLE,
                new StatisticsPage(period, Map.of(), "", "", statistics)));
        } catch (ApiProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(Pages.view(request,
                "incident-statistics", TITLE, new StatisticsPage(period, e.problem().fieldMessages(),
                    e.problem().title(), e.problem().detail() == null ? "" : e.problem().detail(), null)));
        }
    }
}
