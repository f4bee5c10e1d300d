package org.socialgov.console.policyadmin;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import org.socialgov.console.gateway.ApiPaths;
import org.socialgov.console.gateway.ApiProblemException;
import org.socialgov.console.gateway.GatewayApi;
import org.socialgov.console.session.ConsoleSession;
import org.socialgov.console.web.Pages;
import org.socialgov.console.web.Roles;

/** "Roster": the staff, a page at a time as the API pages them (filtered by standing), and registering a person. */
@Controller("/policy-admin/roster")
@Produces(Pages.HTML)
public class RosterController {

    private static final int PAGE_SIZE = 20;
    private static final String FORM_TITLE = "Register a person";

    private final GatewayApi api;

    public RosterController(GatewayApi api) {
        this.api = api;
    }

    @Get
    public HttpResponse<?> roster(HttpRequest<?> request, @Nullable @QueryValue String standing,
                                  @Nullable @QueryValue String cursor) {
        ConsoleSession session = Pages.requireRole(request, Roles.COMPLIANCE_OFFICER);
        String filter = AdminPaths.oneOf(PolicyAdminChoices.STANDINGS, standing);
        String next = AdminPaths.cursor(cursor);
        String query = "?limit=" + PAGE_SIZE + (filter == null ? "" : "&standing=" + filter)
            + (next == null ? "" : "&cursor=" + next);
        StaffRoster roster = api.get(session, "/api/staff" + query, StaffRoster.class);
        return HttpResponse.ok(Pages.view(request, "policyadmin-roster", "Roster",
            new RosterPage(roster, filter, next == null)));
    }

    @Get("/new")
    public HttpResponse<?> form(HttpRequest<?> request) {
        Pages.requireRole(request, Roles.COMPLIANCE_OFFICER);
        StaffInput input = new StaffInput("", "", "", "", UUID.randomUUID().toString());
        return HttpResponse.ok(Pages.view(request, "policyadmin-staff-form", FORM_TITLE,
            new StaffForm(input, Refusal.none())));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> register(HttpRequest<?> request, @Body StaffInput input) {
        ConsoleSession session = Pages.requireRole(request, Roles.COMPLIANCE_OFFICER);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personId", Forms.given(input.personId()));
        body.put("name", Forms.given(input.name()));
        body.put("standing", Forms.given(input.standing()));
        body.put("since", Forms.given(input.since()));
        StaffRoster.Member member;
        try {
            member = api.post(session, "/api/staff", body,
                Map.of("Idempotency-Key", Forms.idempotencyKey(input.idempotencyKey())), StaffRoster.Member.class)
                .body();
        } catch (ApiProblemException e) {
            if (!e.refusesTheForm()) {
                throw e;
            }
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(Pages.view(request,
                "policyadmin-staff-form", FORM_TITLE, new StaffForm(input, Refusal.of(e.problem(), f -> f))));
        }
        return HttpResponse.seeOther(URI.create("/policy-admin/roster/" + ApiPaths.encode(member.personId())
            + "?done=registered"));
    }
}
