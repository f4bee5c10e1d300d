package org.socialgov.console.web;

import java.net.URI;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import org.socialgov.console.employee.PolicyReminder;
import org.socialgov.console.session.ConsoleSession;

/**
 * The start page: what the signed-in person can do here, by their roles, and for the people the policy binds what
 * they still have to acknowledge; the sign-in page for anyone else.
 */
@Controller
@Produces(Pages.HTML)
public class HomeController {

    private final PolicyReminder reminder;

    public HomeController(PolicyReminder reminder) {
        this.reminder = reminder;
    }

    @Get
    public HttpResponse<?> home(HttpRequest<?> request) {
        ConsoleSession session = Pages.session(request);
        if (!session.signedIn()) {
            return HttpResponse.seeOther(URI.create("/sign-in"));
        }
        return HttpResponse.ok(Pages.view(request, "home", "SocialGov console", reminder.of(session)));
    }
}
