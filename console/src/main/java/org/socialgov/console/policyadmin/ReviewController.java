package org.socialgov.console.policyadmin;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

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
import org.socialgov.console.gateway.ApiPaths;
import org.socialgov.console.gateway.ApiProblemException;
import org.socialgov.console.gateway.GatewayApi;
import org.socialgov.console.session.ConsoleSession;
import org.socialgov.console.web.Pages;
import org.socialgov.console.web.Roles;

/** "Record a review": the periodic review of the policy, by the officer who records it. */
@Controller("/policy-admin/policies/{policyId}/review")
@Produces(Pages.HTML)
public class ReviewController {

    private static final String TITLE = "Record a review";

    private final GatewayApi api;
    private final PolicyReads reads;

    public ReviewController(GatewayApi api, PolicyReads reads) {
        this.api = api;
        this.reads = reads;
    }

    @Get
    public HttpResponse<?> form(HttpRequest<?> request, @PathVariable String policyId) {
        ConsoleSession session = Pages.requireRole(request, Roles.COMPLIANCE_OFFICER);
        PolicyRecord policy = reads.policy(session, AdminPaths.policyId(policyId));
        ReviewInput input = new ReviewInput(LocalDate.now(ZoneOffset.UTC).toString(), "", "",
            UUID.randomUUID().toString());
        return HttpResponse.ok(Pages.view(request, "policyadmin-review", TITLE, form(policy, input, Refusal.none())));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> record(HttpRequest<?> request, @PathVariable String policyId, @Body ReviewInput input) {
        ConsoleSession session = Pages.requireRole(request, Roles.COMPLIANCE_OFFICER);
        String id = AdminPaths.policyId(policyId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reviewedOn", Forms.given(input.reviewedOn()));
        body.put("outcome", Forms.given(input.outcome()));
        if (input.notes() != null && !input.notes().isBlank()) {
            body.put("notes", input.notes().strip());
        }
        try {
            api.post(session, "/api/policies/" + ApiPaths.encode(id) + "/reviews", body,
                Map.of("Idempotency-Key", Forms.idempotencyKey(input.idempotencyKey())), PolicyRecord.class);
        } catch (ApiProblemException e) {
            if (!e.refusesTheForm()) {
                throw e;
            }
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(Pages.view(request, "policyadmin-review",
                TITLE, form(reads.policy(session, id), input, Refusal.of(e.problem(), field -> field))));
        }
        return HttpResponse.seeOther(URI.create("/policy-admin?done=reviewed"));
    }

    private static ReviewForm form(PolicyRecord policy, ReviewInput input, Refusal refusal) {
        return new ReviewForm(policy.policyId(), policy.title(), policy.nextReviewDue(), policy.lastReview(), input,
            refusal);
    }
}
