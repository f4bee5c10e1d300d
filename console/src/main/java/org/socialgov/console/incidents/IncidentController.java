package org.socialgov.console.incidents;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import org.socialgov.console.gateway.ApiPaths;
import org.socialgov.console.gateway.ApiProblem;
import org.socialgov.console.gateway.ApiProblemException;
import org.socialgov.console.gateway.GatewayApi;
import org.socialgov.console.session.ConsoleSession;
import org.socialgov.console.web.PageNotFoundException;
import org.socialgov.console.web.Pages;
import org.socialgov.console.web.Roles;

/**
 * One incident for the compliance officer: the incident in words, a form for each handling step its state allows,
 * and its timeline. Each step posts here, goes to the API with an Idempotency-Key made when the form was shown, and
 * leads back to the incident (post, redirect, get); a refusal shows the form again with the API's words.
 */
@Controller("/incidents/{incidentId}")
@Produces(Pages.HTML)
public class IncidentController {

    private static final Pattern INCIDENT_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final int TIMELINE_PAGE = 100;

    private final GatewayApi api;
    private final Clock clock = Clock.systemUTC();

    public IncidentController(GatewayApi api) {
        this.api = api;
    }

    @Get
    public HttpResponse<?> incident(HttpRequest<?> request, @PathVariable String incidentId,
                                    @Nullable @QueryValue Long after) {
        ConsoleSession session = Pages.requireRole(request, Roles.COMPLIANCE_OFFICER);
        return HttpResponse.ok(page(request, session, checked(incidentId), after, null));
    }

    @Post("/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> handle(HttpRequest<?> request, @PathVariable String incidentId, @PathVariable String step,
                                  @Body StepInput input) {
        ConsoleSession session = Pages.requireRole(request, Roles.COMPLIANCE_OFFICER);
        String id = checked(incidentId);
        HandlingStep handling = HandlingStep.atPath(step).orElseThrow(PageNotFoundException::new);
        ResponseAccounts accounts = handling == HandlingStep.DECIDE_RESPONSE ? accounts(session) : null;
        Map<String, String> problems = new HashMap<>();
        Map<String, Object> body = StepRequests.body(handling, input, accounts, problems);
        if (!problems.isEmpty()) {
            return refused(request, session, id, new StepProblem(handling, input, problems, "", ""), 422);
        }
        String key = input.idempotencyKey() == null || input.idempotencyKey().isBlank()
            ? UUID.randomUUID().toString() : input.idempotencyKey();
        try {
            api.post(session, handling.apiPath(ApiPaths.encode(id)), body, Map.of("Idempotency-Key", key),
                Void.class);
        } catch (ApiProblemException e) {
            // A step that met a service unavailable keeps the form as typed, to be sent again.
            if (!(e.refusesTheForm() || e.status() == 503)) {
                throw e;
            }
            ApiProblem problem = e.problem();
            StepProblem refused = new StepProblem(handling, input,
                StepRequests.formErrors(handling, problem), problem.title(),
                problem.detail() == null ? "" : problem.detail());
            return refused(request, session, id, refused, e.status() == 400 ? 422 : e.status());
        }
        return HttpResponse.seeOther(URI.create("/incidents/" + id));
    }

    private HttpResponse<?> refused(HttpRequest<?> request, ConsoleSession session, String incidentId,
                                    StepProblem problem, int status) {
        return HttpResponse.status(HttpStatus.valueOf(status))
            .body(page(request, session, incidentId, null, problem));
    }

    private Object page(HttpRequest<?> request, ConsoleSession session, String incidentId, @Nullable Long after,
                        @Nullable StepProblem problem) {
        String encoded = ApiPaths.encode(incidentId);
        OfficerIncident incident = api.get(session, "/api/incidents/" + encoded, OfficerIncident.class);
        String historyQuery = "?limit=" + TIMELINE_PAGE + (after == null ? "" : "&after=" + after);
        IncidentHistory history = api.get(session, "/api/incidents/" + encoded + "/history" + historyQuery,
            IncidentHistory.class);
        ResponseAccounts accounts = HandlingStep.DECIDE_RESPONSE.allowedFrom(incident.status())
            ? accounts(session) : new ResponseAccounts(java.util.List.of());
        return Pages.view(request, "incident", "Incident " + incident.incidentId(),
            new IncidentPage(incident, clock.instant(), accounts, Timeline.of(history), after, problem));
    }

    private ResponseAccounts accounts(ConsoleSession session) {
        return api.get(session, "/api/official-accounts?status=ACTIVE", ResponseAccounts.class);
    }

    /** An id the API could not know is not looked up: the same not-found page as a missing incident. */
    private static String checked(String incidentId) {
        if (!INCIDENT_ID.matcher(incidentId).matches()) {
            throw new PageNotFoundException();
        }
        return incidentId;
    }
}
