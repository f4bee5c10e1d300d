package org.socialgov.console.policyadmin;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import org.socialgov.console.gateway.ApiPaths;
import org.socialgov.console.gateway.ApiProblemException;
import org.socialgov.console.gateway.GatewayApi;
import org.socialgov.console.session.ConsoleSession;
import org.socialgov.console.web.Pages;
import org.socialgov.console.web.Roles;

/** One person on the roster: standing, since when, the training they attended, and recording a training. */
@Controller("/policy-admin/roster/{personId}")
@Produces(Pages.HTML)
public class PersonController {

    private final GatewayApi api;

    public PersonController(GatewayApi api) {
        this.api = api;
    }

    @Get
    public HttpResponse<?> person(HttpRequest<?> request, @PathVariable String personId,
                                  @Nullable @QueryValue String done) {
        ConsoleSession session = Pages.requireRole(request, Roles.COMPLIANCE_OFFICER);
        TrainingInput training = new TrainingInput("", LocalDate.now(ZoneOffset.UTC).toString(), "",
            UUID.randomUUID().toString());
        return HttpResponse.ok(page(request, member(session, personId), training, Refusal.none(),
            Notices.sentence(done)));
    }

    @Post("/trainings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> recordTraining(HttpRequest<?> request, @PathVariable String personId,
                                          @Body TrainingInput input) {
        ConsoleSession session = Pages.requireRole(request, Roles.COMPLIANCE_OFFICER);
        String id = AdminPaths.personId(personId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", Forms.given(input.title()));
        body.put("attendedOn", Forms.given(input.attendedOn()));
        if (Forms.given(input.provider()) != null) {
            body.put("provider", Forms.given(input.provider()));
        }
        try {
            api.post(session, "/api/staff/" + ApiPaths.encode(id) + "/trainings", body,
                Map.of("Idempotency-Key", Forms.idempotencyKey(input.idempotencyKey())), StaffRoster.Member.class);
        } catch (ApiProblemException e) {
            if (!e.refusesTheForm()) {
                throw e;
            }
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(request, member(session, id), input,
                Refusal.of(e.problem(), field -> field), null));
        }
        return HttpResponse.seeOther(URI.create("/policy-admin/roster/" + ApiPaths.encode(id)
            + "?done=training-recorded"));
    }

    /** Someone not on this company's roster answers 404, which the not-found page shows. */
    private StaffRoster.Member member(ConsoleSession session, String personId) {
        return api.get(session, "/api/staff/" + ApiPaths.encode(AdminPaths.personId(personId)),
            StaffRoster.Member.class);
    }

    private static Object page(HttpRequest<?> request, StaffRoster.Member member, TrainingInput training,
                               Refusal refusal, @Nullable String notice) {
        return Pages.view(request, "policyadmin-person", member.name(),
            new PersonPage(member, training, refusal, notice));
    }
}
