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
import org.socialgov.console.gateway.ApiProblemException;
import org.socialgov.console.gateway.GatewayApi;
import org.socialgov.console.session.ConsoleSession;
import org.socialgov.console.web.Pages;
import org.socialgov.console.web.Roles;

/** "Official accounts": every account the company registered (paged here), filtered by status; registering one. */
@Controller("/policy-admin/official-accounts")
@Produces(Pages.HTML)
public class OfficialAccountsController {

    private static final String FORM_TITLE = "Register an official account";

    private final GatewayApi api;

    public OfficialAccountsController(GatewayApi api) {
        this.api = api;
    }

    @Get
    public HttpResponse<?> accounts(HttpRequest<?> request, @Nullable @QueryValue String status,
                                    @Nullable @QueryValue Integer page, @Nullable @QueryValue String done) {
        ConsoleSession session = Pages.requireRole(request, Roles.COMPLIANCE_OFFICER);
        String filter = AdminPaths.oneOf(PolicyAdminChoices.ACCOUNT_STATUSES, status);
        AccountList list = api.get(session, "/api/official-accounts" + (filter == null ? "" : "?status=" + filter),
            AccountList.class);
        return HttpResponse.ok(Pages.view(request, "policyadmin-accounts", "Official accounts",
            new AccountsPage(Slice.of(list.items(), AdminPaths.page(page)), filter, Notices.sentence(done))));
    }

    @Get("/new")
    public HttpResponse<?> form(HttpRequest<?> request) {
        Pages.requireRole(request, Roles.COMPLIANCE_OFFICER);
        AccountInput input = new AccountInput("", "", "", "", "", UUID.randomUUID().toString());
        return HttpResponse.ok(Pages.view(request, "policyadmin-account-form", FORM_TITLE,
            new AccountForm(input, Refusal.none())));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> register(HttpRequest<?> request, @Body AccountInput input) {
        ConsoleSession session = Pages.requireRole(request, Roles.COMPLIANCE_OFFICER);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("platform", Forms.given(input.platform()));
        body.put("handle", Forms.given(input.handle()));
        body.put("url", Forms.given(input.url()));
        body.put("purpose", Forms.given(input.purpose()));
        if (Forms.given(input.since()) != null) {
            body.put("since", Forms.given(input.since()));
        }
        try {
            api.post(session, "/api/official-accounts", body,
                Map.of("Idempotency-Key", Forms.idempotencyKey(input.idempotencyKey())), AccountList.Account.class);
        } catch (ApiProblemException e) {
            if (!e.refusesTheForm()) {
                throw e;
            }
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(Pages.view(request,
                "policyadmin-account-form", FORM_TITLE, new AccountForm(input, Refusal.of(e.problem(), f -> f))));
        }
        return HttpResponse.seeOther(URI.create("/policy-admin/official-accounts?done=account-registered"));
    }
}
