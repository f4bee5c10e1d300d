package org.socialgov.console.employee;

import java.util.HashMap;
import java.util.List;
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
 * "Report a mention", the receipt that says plainly whether the post was new or already reported, "My reports"
 * (paged as the API pages) and one report's page.
 */
@Controller("/reports")
@Produces(Pages.HTML)
public class ReportController {

    private static final Pattern INCIDENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]{1,200}");
    private static final int PAGE_SIZE = 20;

    private final GatewayApi api;

    public ReportController(GatewayApi api) {
        this.api = api;
    }

    @Get("/new")
    public HttpResponse<?> form(HttpRequest<?> request) {
        ConsoleSession session = Pages.requireRole(request, Roles.EMPLOYEE);
        ReportForm form = new ReportForm(ReportInput.empty(UUID.randomUUID().toString()), Map.of(), "", "",
            rules(session));
        return HttpResponse.ok(Pages.view(request, "report-form", "Report a mention", form));
    }

    /** The form carries an idempotency key made when it was shown: sending it twice records one report. */
    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> report(HttpRequest<?> request, @Body ReportInput input) {
        ConsoleSession session = Pages.requireRole(request, Roles.EMPLOYEE);
        Map<String, String> problems = new HashMap<>();
        Map<String, Object> body = ReportRequests.body(input, problems);
        if (!problems.isEmpty()) {
            return refused(request, session, input, problems, "", "");
        }
        String key = input.idempotencyKey() == null || input.idempotencyKey().isBlank()
            ? UUID.randomUUID().toString() : input.idempotencyKey();
        try {
            ReportReceipt receipt = api.post(session, "/api/incidents", body, Map.of("Idempotency-Key", key),
                ReportReceipt.class).body();
            return HttpResponse.ok(Pages.view(request, "report-receipt",
                receipt.sighting() ? "Already reported" : "Report received", receipt));
        } catch (ApiProblemException e) {
            int status = e.status();
            if (status != 400 && status != 409 && status != 422) {
                throw e;
            }
            ApiProblem problem = e.problem();
            return refused(request, session, input, ReportRequests.formErrors(problem.fieldMessages()),
                problem.title(), problem.detail() == null ? "" : problem.detail());
        }
    }

    @Get
    public HttpResponse<?> myReports(HttpRequest<?> request, @Nullable @QueryValue String cursor) {
        ConsoleSession session = Pages.requireRole(request, Roles.EMPLOYEE);
        String query = "?limit=" + PAGE_SIZE;
        if (cursor != null && !cursor.isEmpty()) {
            if (!CURSOR.matcher(cursor).matches()) {
                throw new PageNotFoundException();
            }
            query += "&cursor=" + cursor;
        }
        IncidentSummaries list = api.get(session, "/api/incidents" + query, IncidentSummaries.class);
        return HttpResponse.ok(Pages.view(request, "reports", "My reports",
            new ReportsPage(list, cursor == null || cursor.isEmpty())));
    }

    @Get("/{incidentId}")
    public HttpResponse<?> report(HttpRequest<?> request, @PathVariable String incidentId) {
        ConsoleSession session = Pages.requireRole(request, Roles.EMPLOYEE);
        if (!INCIDENT_ID.matcher(incidentId).matches()) {
            throw new PageNotFoundException();
        }
        Incident incident = api.get(session, "/api/incidents/" + ApiPaths.encode(incidentId), Incident.class);
        return HttpResponse.ok(Pages.view(request, "report", "Report " + incident.incidentId(), incident));
    }

    private HttpResponse<?> refused(HttpRequest<?> request, ConsoleSession session, ReportInput input,
                                    Map<String, String> errors, String title, String detail) {
        ReportForm form = new ReportForm(input, errors, title, detail, rules(session));
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
            .body(Pages.view(request, "report-form", "Report a mention", form));
    }

    /** The rules of the policy in force to choose from; none when no policy is in force for the reader. */
    private List<PolicyInForce.Guideline> rules(ConsoleSession session) {
        try {
            return api.get(session, "/api/policies/in-force", PolicyInForce.class).version().content().guidelines();
        } catch (ApiProblemException e) {
            if (e.status() == 404 || e.status() == 403) {
                return List.of();
            }
            throw e;
        }
    }
}
