package org.socialgov.console.incidents;

import java.time.Clock;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import org.socialgov.console.gateway.ApiProblemException;
import org.socialgov.console.gateway.GatewayApi;
import org.socialgov.console.session.ConsoleSession;
import org.socialgov.console.web.Pages;
import org.socialgov.console.web.Roles;

/**
 * The compliance officer's incident board: the company's incidents, newest first, with their running deadline,
 * filtered as the officer asks; a filter the API refuses is shown with its problem beside the field.
 */
@Controller("/incidents")
@Produces(Pages.HTML)
public class IncidentBoardController {

    private static final int PAGE_SIZE = 25;
    private static final String TITLE = "Incident board";

    private final GatewayApi api;
    private final Clock clock = Clock.systemUTC();

    public IncidentBoardController(GatewayApi api) {
        this.api = api;
    }

    @Get
    public HttpResponse<?> board(HttpRequest<?> request) {
        ConsoleSession session = Pages.requireRole(request, Roles.COMPLIANCE_OFFICER);
        BoardFilter filter = BoardFilter.of(request.getParameters());
        try {
            IncidentList list = api.get(session, "/api/incidents" + filter.apiQuery(PAGE_SIZE), IncidentList.class);
            return HttpResponse.ok(Pages.view(request, "incident-board", TITLE,
                BoardPage.answered(list, filter, clock.instant())));
        } catch (ApiProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(Pages.view(request, "incident-board",
                TITLE, new BoardPage(null, filter, clock.instant(), e.problem().fieldMessages(),
                    e.problem().title() == null ? "" : e.problem().title(),
                    e.problem().detail() == null ? "" : e.problem().detail())));
        }
    }
}
