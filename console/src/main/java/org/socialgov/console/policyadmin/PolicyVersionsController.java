package org.socialgov.console.policyadmin;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import org.socialgov.console.gateway.ApiPaths;
import org.socialgov.console.gateway.ApiProblemException;
import org.socialgov.console.gateway.GatewayApi;
import org.socialgov.console.session.ConsoleSession;
import org.socialgov.console.web.PageNotFoundException;
import org.socialgov.console.web.Pages;
import org.socialgov.console.web.Roles;

/** The compliance officer's "Policy versions": the list, one version's page, and publishing a draft. */
@Controller("/policy-admin")
@Produces(Pages.HTML)
public class PolicyVersionsController {

    private final GatewayApi api;
    private final PolicyReads reads;

    public PolicyVersionsController(GatewayApi api, PolicyReads reads) {
        this.api = api;
        this.reads = reads;
    }

    @Get
    public HttpResponse<?> versions(HttpRequest<?> request, @Nullable @QueryValue String done) {
        ConsoleSession session = Pages.requireRole(request, Roles.COMPLIANCE_OFFICER);
        Optional<PolicySummary> summary = reads.companyPolicy(session);
        if (summary.isEmpty()) {
            return HttpResponse.ok(Pages.view(request, "policyadmin-versions", "Policy versions",
                new VersionsPage(null, null, List.of(), Notices.sentence(done))));
        }
        PolicyRecord policy = reads.policy(session, summary.get().policyId());
        Integer inForce = reads.versionInForce(session, policy.policyId());
        List<VersionsPage.Row> rows = policy.versions().stream()
            .sorted(Comparator.comparingInt(PolicyRecord.Version::versionNo).reversed())
            .map(v -> new VersionsPage.Row(v.versionNo(), VersionState.of(v, inForce), v.effectiveFrom(),
                v.content().guidelines().size()))
            .toList();
        return HttpResponse.ok(Pages.view(request, "policyadmin-versions", "Policy versions",
            new VersionsPage(policy, summary.get(), rows, Notices.sentence(done))));
    }

    @Get("/policies/{policyId}/versions/{versionNo}")
    public HttpResponse<?> version(HttpRequest<?> request, @PathVariable String policyId, @PathVariable int versionNo,
                                   @Nullable @QueryValue String done) {
        ConsoleSession session = Pages.requireRole(request, Roles.COMPLIANCE_OFFICER);
        PolicyRecord policy = reads.policy(session, AdminPaths.policyId(policyId));
        PublishInput publish = new PublishInput(LocalDate.now(ZoneOffset.UTC).toString(), policy.ifMatch(),
            UUID.randomUUID().toString());
        return HttpResponse.ok(versionPage(request, session, policy, versionNo, publish, Refusal.none(),
            Notices.sentence(done)));
    }

    /** Publishes the draft from its effective date; a refusal shows the page again with each unmet requirement. */
    @Post("/policies/{policyId}/versions/{versionNo}/publication")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> publish(HttpRequest<?> request, @PathVariable String policyId, @PathVariable int versionNo,
                                   @Body PublishInput input) {
        ConsoleSession session = Pages.requireRole(request, Roles.COMPLIANCE_OFFICER);
        String id = AdminPaths.policyId(policyId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("effectiveFrom", Forms.given(input.effectiveFrom()));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Idempotency-Key", Forms.idempotencyKey(input.idempotencyKey()));
        if (input.ifMatch() != null && input.ifMatch().matches("\"\\d{1,18}\"")) {
            headers.put("If-Match", input.ifMatch());
        }
        String path = "/api/policies/" + ApiPaths.encode(id) + "/versions/" + AdminPaths.versionNo(versionNo);
        try {
            api.post(session, path + "/publication", body, headers, PolicyRecord.class);
        } catch (ApiProblemException e) {
            if (!e.refusesTheForm()) {
                throw e;
            }
            PolicyRecord policy = reads.policy(session, id);
            PublishInput again = new PublishInput(input.effectiveFrom(), policy.ifMatch(), input.idempotencyKey());
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(versionPage(request, session, policy,
                versionNo, again, Refusal.of(e.problem(), field -> field), null));
        }
        return HttpResponse.seeOther(URI.create("/policy-admin/policies/" + id + "/versions/" + versionNo
            + "?done=published"));
    }

    private Object versionPage(HttpRequest<?> request, ConsoleSession session, PolicyRecord policy, int versionNo,
                               PublishInput publish, Refusal refusal, @Nullable String notice) {
        PolicyRecord.Version version = policy.version(versionNo).orElseThrow(PageNotFoundException::new);
        String state = VersionState.of(version, reads.versionInForce(session, policy.policyId()));
        return Pages.view(request, "policyadmin-version", policy.title() + ", version " + versionNo,
            new VersionPage(policy, version, state, publish, refusal, notice));
    }
}
