package org.socialgov.console.policyadmin;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

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
import org.socialgov.console.employee.PolicyInForce;
import org.socialgov.console.gateway.ApiPaths;
import org.socialgov.console.gateway.ApiProblemException;
import org.socialgov.console.gateway.GatewayApi;
import org.socialgov.console.session.ConsoleSession;
import org.socialgov.console.web.PageNotFoundException;
import org.socialgov.console.web.Pages;
import org.socialgov.console.web.Roles;

/**
 * The draft editor: edits the draft, or starts the next one from the latest published version. Saving replaces
 * the draft's content (PUT), refused with 412 when the policy changed since the form was shown.
 */
@Controller("/policy-admin/policies/{policyId}/versions/{versionNo}/draft")
@Produces(Pages.HTML)
public class DraftController {

    private static final String TITLE = "Draft of version ";

    private final GatewayApi api;
    private final PolicyReads reads;

    public DraftController(GatewayApi api, PolicyReads reads) {
        this.api = api;
        this.reads = reads;
    }

    @Get
    public HttpResponse<?> form(HttpRequest<?> request, @PathVariable String policyId, @PathVariable int versionNo) {
        ConsoleSession session = Pages.requireRole(request, Roles.COMPLIANCE_OFFICER);
        PolicyRecord policy = reads.policy(session, AdminPaths.policyId(policyId));
        DraftInput input = DraftInput.of(startingContent(policy, versionNo), policy.ifMatch());
        return HttpResponse.ok(Pages.view(request, "policyadmin-draft", TITLE + versionNo,
            form(policy, versionNo, input, Refusal.none())));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> save(HttpRequest<?> request, @PathVariable String policyId, @PathVariable int versionNo,
                                @Body DraftInput input) {
        ConsoleSession session = Pages.requireRole(request, Roles.COMPLIANCE_OFFICER);
        String id = AdminPaths.policyId(policyId);
        Map<String, String> problems = new HashMap<>();
        DraftRequests.Request draft = DraftRequests.of(input, problems);
        if (!problems.isEmpty()) {
            return refused(request, reads.policy(session, id), versionNo, input, Refusal.ofFields(problems));
        }
        Map<String, String> headers = new HashMap<>();
        if (input.ifMatch() != null && input.ifMatch().matches("\"\\d{1,18}\"")) {
            headers.put("If-Match", input.ifMatch());
        }
        try {
            api.put(session, "/api/policies/" + ApiPaths.encode(id) + "/versions/" + AdminPaths.versionNo(versionNo),
                draft.body(), headers, PolicyRecord.class);
        } catch (ApiProblemException e) {
            if (!e.refusesTheForm()) {
                throw e;
            }
            return refused(request, reads.policy(session, id), versionNo, input,
                Refusal.of(e.problem(), draft::formField));
        }
        return HttpResponse.seeOther(URI.create("/policy-admin/policies/" + id + "/versions/" + versionNo
            + "?done=draft-saved"));
    }

    /** The draft as it stands, or for the next number, the latest published version; nothing for any other. */
    private static PolicyInForce.Content startingContent(PolicyRecord policy, int versionNo) {
        PolicyRecord.Version existing = policy.version(versionNo).orElse(null);
        if (existing != null && !existing.published()) {
            return existing.content();
        }
        if (existing == null && versionNo == policy.nextVersionNo() && policy.draft().isEmpty()) {
            return policy.latestPublished().map(PolicyRecord.Version::content).orElseThrow(PageNotFoundException::new);
        }
        throw new PageNotFoundException();
    }

    private static DraftForm form(PolicyRecord policy, int versionNo, DraftInput input, Refusal refusal) {
        String startsFrom = policy.version(versionNo).isPresent() ? "The draft as last saved."
            : policy.latestPublished().map(v -> "A copy of version " + v.versionNo() + "; nothing is saved until you "
                + "save the draft.").orElse("");
        return new DraftForm(policy.policyId(), policy.title(), versionNo, startsFrom, input, refusal);
    }

    private HttpResponse<?> refused(HttpRequest<?> request, PolicyRecord policy, int versionNo, DraftInput input,
                                    Refusal refusal) {
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(Pages.view(request, "policyadmin-draft",
            TITLE + versionNo, form(policy, versionNo, input.withIfMatch(policy.ifMatch()), refusal)));
    }
}
