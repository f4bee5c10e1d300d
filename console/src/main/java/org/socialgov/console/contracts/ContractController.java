package org.socialgov.console.contracts;

import java.net.URI;
import java.util.Map;
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
import org.socialgov.console.gateway.ApiProblem;
import org.socialgov.console.gateway.ApiProblemException;
import org.socialgov.console.session.ConsoleSession;
import org.socialgov.console.gateway.GatewayApi;
import org.socialgov.console.web.PageNotFoundException;
import org.socialgov.console.web.Pages;
import org.socialgov.console.web.Roles;

/**
 * One contract's page for the contract manager, and the actions its state allows, each a form that the API decides:
 * sign for the client, accept or reject the provider's amendment (or withdraw the client's own), give notice of
 * non-renewal, record the written consent to a subcontractor, terminate. After an action the page is shown again by a redirect; a refusal is shown beside its form.
 */
@Controller("/contracts/{contractId}")
@Produces(Pages.HTML)
public class ContractController {

    /** The answers that mean "not done, and why" rather than a failure: shown beside the form. */
    private static final Pattern AMENDMENT_NO = Pattern.compile("[1-9]\\d{0,8}");
    private static final Map<String, String> DONE = Map.of(
        "sign", "Your company's signature is recorded.",
        "amendment", "Your company's decision on the amendment is recorded.",
        "notice", "Your notice of non-renewal is recorded: the contract ends with its term.",
        "consent", "Your company's written consent is recorded: the provider can now have the subcontractor approved.",
        "terminate", "The termination is recorded.");

    private final GatewayApi api;
    private final ContractPages pages;

    public ContractController(GatewayApi api, ContractPages pages) {
        this.api = api;
        this.pages = pages;
    }

    /** After an action the page says what was recorded; {@code done} names the form (any other value: nothing). */
    @Get
    public HttpResponse<?> contract(HttpRequest<?> request, @PathVariable String contractId,
                                    @Nullable @QueryValue String done) {
        ConsoleSession session = Pages.requireRole(request, Roles.CONTRACT_MANAGER);
        ContractPage page = pages.load(session, contractId, Pages.dates(request), null,
            done == null ? null : DONE.get(done));
        return HttpResponse.ok(Pages.view(request, "contract", page.contract().title(), page));
    }

    @Post("/signature")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> sign(HttpRequest<?> request, @PathVariable String contractId,
                                @Body ContractActionInput input) {
        return act(request, contractId, "sign", "/signatures", ContractActionRequests.signature(input), input);
    }

    @Post("/amendment-decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> decide(HttpRequest<?> request, @PathVariable String contractId,
                                  @Body ContractActionInput input) {
        String number = ContractActionInput.text(input.amendmentNo());
        if (!AMENDMENT_NO.matcher(number).matches()) {
            Pages.requireRole(request, Roles.CONTRACT_MANAGER);
            throw new PageNotFoundException();
        }
        return act(request, contractId, "amendment", "/amendments/" + number + "/decision",
            ContractActionRequests.decision(input), input);
    }

    @Post("/non-renewal-notice")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> giveNotice(HttpRequest<?> request, @PathVariable String contractId,
                                      @Body ContractActionInput input) {
        return act(request, contractId, "notice", "/non-renewal-notice", ContractActionRequests.party(), input);
    }

    @Post("/subcontracting-consent")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> recordConsent(HttpRequest<?> request, @PathVariable String contractId,
                                         @Body ContractActionInput input) {
        return act(request, contractId, "consent", "/subcontracting-consents", ContractActionRequests.consent(input),
            input);
    }

    @Post("/termination")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> terminate(HttpRequest<?> request, @PathVariable String contractId,
                                     @Body ContractActionInput input) {
        return act(request, contractId, "terminate", "/termination", ContractActionRequests.termination(input),
            input);
    }

    private HttpResponse<?> act(HttpRequest<?> request, String contractId, String form, String action,
                                Map<String, Object> body, ContractActionInput input) {
        ConsoleSession session = Pages.requireRole(request, Roles.CONTRACT_MANAGER);
        String path = ContractPages.path(contractId);
        try {
            api.post(session, path + action, body, ContractActionRequests.headers(input), Void.class);
            return HttpResponse.seeOther(URI.create("/contracts/" + contractId + "?done=" + form));
        } catch (ApiProblemException e) {
            if (!e.refusesTheForm()) {
                throw e;
            }
            ApiProblem problem = e.problem();
            Refusal refusal = new Refusal(form, problem.title(), problem.detail(), problem.otherMessages(),
                ContractActionRequests.formErrors(problem.fieldMessages(), input), ContractActionRequests.typed(input));
            ContractPage page = pages.load(session, contractId, Pages.dates(request), refusal, null);
            return HttpResponse.status(HttpStatus.valueOf(e.status()))
                .body(Pages.view(request, "contract", page.contract().title(), page));
        }
    }
}
