package org.socialgov.console.employee;

import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import org.socialgov.console.gateway.ApiPaths;
import org.socialgov.console.gateway.ApiProblemException;
import org.socialgov.console.gateway.GatewayApi;
import org.socialgov.console.session.ConsoleSession;
import org.socialgov.console.web.PageNotFoundException;
import org.socialgov.console.web.Pages;
import org.socialgov.console.web.Roles;

/**
 * The employee's policy page: the policy in force, the rules that bind them, the official accounts and the
 * official-statement note; and "I have read and accept version N", recorded with the channel {@value #CHANNEL}.
 */
@Controller("/policy")
@Produces(Pages.HTML)
public class PolicyController {

    static final String CHANNEL = "console";

    private final GatewayApi api;

    public PolicyController(GatewayApi api) {
        this.api = api;
    }

    @Get
    public HttpResponse<?> policy(HttpRequest<?> request) {
        ConsoleSession session = Pages.requireRole(request, Roles.EMPLOYEE);
        PolicyInForce policy;
        try {
            policy = api.get(session, "/api/policies/in-force", PolicyInForce.class);
        } catch (ApiProblemException e) {
            if (e.status() != 404) {
                throw e;
            }
            return HttpResponse.ok(Pages.view(request, "policy", "The policy",
                new PolicyPage(null, List.of(), List.of(), null)));
        }
        Applicability binding = api.get(session, "/api/policies/" + ApiPaths.encode(policy.policyId())
            + "/applicability?personId=" + ApiPaths.encode(session.person()), Applicability.class);
        OfficialAccounts accounts = api.get(session, "/api/official-accounts?status=ACTIVE", OfficialAccounts.class);
        AcknowledgementBox box = policy.acknowledgementOfVersionInForce()
            .map(ack -> new AcknowledgementBox(policy.policyId(), ack.versionNo(), ack.acknowledgedAt(), ack.channel()))
            .orElse(new AcknowledgementBox(policy.policyId(), policy.version().versionNo(), null, null));
        return HttpResponse.ok(Pages.view(request, "policy", "The policy",
            new PolicyPage(policy, binding.guidelines(), accounts.items(), box)));
    }

    /** From htmx, the acknowledgement box alone replaces the button; without script, a page says the same. */
    @Post("/acknowledgement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> acknowledge(HttpRequest<?> request, @Nullable String policyId,
                                       @Nullable Integer versionNo) {
        ConsoleSession session = Pages.requireRole(request, Roles.EMPLOYEE);
        if (policyId == null || policyId.isBlank() || versionNo == null) {
            throw new PageNotFoundException();
        }
        Acknowledgement answer = api.post(session, "/api/policies/" + ApiPaths.encode(policyId) + "/versions/"
            + versionNo + "/acknowledgements", Map.of("channel", CHANNEL), Map.of(), Acknowledgement.class).body();
        AcknowledgementBox box = new AcknowledgementBox(policyId, versionNo, answer.acknowledgedAt(),
            answer.channel());
        String template = Pages.fromHtmx(request) ? "acknowledgement-fragment" : "acknowledged";
        return HttpResponse.ok(Pages.view(request, template, "The policy", box));
    }
}
