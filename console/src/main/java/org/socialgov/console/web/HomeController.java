package org.socialgov.console.web;

import java.net.URI;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;

/** The start page: what the signed-in person can do here, by their roles; the sign-in page for anyone else. */
@Controller
@Produces(Pages.HTML)
public class HomeController {

    @Get
    public HttpResponse<?> home(HttpRequest<?> request) {
        if (!Pages.session(request).signedIn()) {
            return HttpResponse.seeOther(URI.create("/sign-in"));
        }
        return HttpResponse.ok(Pages.view(request, "home", "SocialGov console", null));
    }
}
