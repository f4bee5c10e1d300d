package org.socialgov.console.incidents;

import java.time.Clock;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import org.socialgov.console.gateway.GatewayApi;
import org.socialgov.console.session.ConsoleSession;
import org.socialgov.console.web.Pages;
import org.socialgov.console.web.Roles;

/** The compliance officer's incident board: the company's incidents, newest first, with their running deadline. */
@Controller("/incidents")
@Produces(Pages.HTML)
public class IncidentBoardController {

    private static final int PAGE_SIZE = 25;

    private final GatewayApi api;
    private final Clock clock = Clock.systemUTC();

    public IncidentBoardController(GatewayApi api) {
        this.api = api;
    }

    @Get
    public HttpResponse<?> board(HttpRequest<?> request, @Nullable @QueryValue String due,
                                 @Nullable @QueryValue String cursor) {
        ConsoleSession session = Pages.requireRole(request, Roles.COMPLIANCE_OFFICER);
        BoardFilter filter = BoardFilter.of(due, cursor);
        IncidentList list = api.get(session, "/api/incidents" + filter.apiQuery(PAGE_SIZE), IncidentList.class);
        return HttpResponse.ok(Pages.view(request, "incident-board", "Incident board",
            new BoardPage(list, filter, clock.instant())));
    }
}
