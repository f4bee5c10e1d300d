package org.socialgov.console.web;

import java.net.URI;
import java.util.List;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.HttpStatusException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.console.gateway.ApiProblem;
import org.socialgov.console.gateway.ApiProblemException;
import org.socialgov.console.session.SessionFilter;

/**
 * Every error as a page in words: the API's problem as its title and detail, another company's object as the same
 * not-found page as a missing one, and never a stack trace (those go to the log).
 */
@Controller
public class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    @Error(global = true, status = HttpStatus.NOT_FOUND)
    public HttpResponse<?> notFound(HttpRequest<?> request) {
        return page(request, ErrorPage.notFound());
    }

    @Error(global = true, exception = PageNotFoundException.class)
    public HttpResponse<?> pageNotFound(HttpRequest<?> request) {
        return page(request, ErrorPage.notFound());
    }

    @Error(global = true, exception = PageForbiddenException.class)
    public HttpResponse<?> forbidden(HttpRequest<?> request) {
        return page(request, ErrorPage.forbidden("Your roles do not include this page."));
    }

    @Error(global = true, exception = CsrfRefusedException.class)
    public HttpResponse<?> csrfRefused(HttpRequest<?> request) {
        return page(request, ErrorPage.forbidden("This form has expired or did not come from this console, so"
            + " nothing was done. Go back, reload the page and try again."));
    }

    @Error(global = true, exception = SignInRequiredException.class)
    public HttpResponse<?> signIn() {
        return HttpResponse.seeOther(URI.create("/sign-in"));
    }

    @Error(global = true, exception = ApiProblemException.class)
    public HttpResponse<?> apiProblem(HttpRequest<?> request, ApiProblemException e) {
        ApiProblem problem = e.problem();
        if (problem.status() == 401) {
            // The token ended (or was refused): the person signs in again.
            return HttpResponse.seeOther(URI.create("/sign-in"));
        }
        if (problem.status() == 404) {
            return page(request, ErrorPage.notFound());
        }
        int status = problem.status() >= 500 ? 502 : problem.status();
        return page(request, new ErrorPage(status, problem.title(), problem.detail(),
            problem.otherMessages(), problem.requestId()));
    }

    /** A value the page could not read (a number that is not one): the request is refused, nothing done. */
    @Error(global = true, exception = ConversionErrorException.class)
    public HttpResponse<?> unreadable(HttpRequest<?> request) {
        return page(request, new ErrorPage(400, "The form could not be read",
            "A value in it is not what the page expects. Go back, reload the page and try again.", List.of(), null));
    }

    @Error(global = true, exception = HttpStatusException.class)
    public HttpResponse<?> status(HttpRequest<?> request, HttpStatusException e) {
        if (e.getStatus() == HttpStatus.NOT_FOUND) {
            return page(request, ErrorPage.notFound());
        }
        return page(request, new ErrorPage(e.getStatus().getCode(), e.getStatus().getReason(), e.getMessage(),
            List.of(), null));
    }

    @Error(global = true, exception = Throwable.class)
    public HttpResponse<?> unexpected(HttpRequest<?> request, Throwable e) {
        LOG.error("{} {} failed", request.getMethod(), request.getPath(), e);
        return page(request, new ErrorPage(500, "Something went wrong",
            "The console could not show this page. Try again; if it keeps happening, tell support the time.",
            List.of(), null));
    }

    private static HttpResponse<?> page(HttpRequest<?> request, ErrorPage error) {
        if (request.getAttribute(SessionFilter.ATTRIBUTE).isEmpty()) {
            // Before the session was found (an unknown static file): a plain answer without the page around it.
            return HttpResponse.status(HttpStatus.valueOf(error.status())).contentType(MediaType.TEXT_PLAIN_TYPE)
                .body(error.title());
        }
        return HttpResponse.status(HttpStatus.valueOf(error.status())).contentType(Pages.HTML)
            .body(Pages.view(request, "error", error.title(), error));
    }
}
