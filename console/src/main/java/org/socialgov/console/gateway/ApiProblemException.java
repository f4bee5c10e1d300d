package org.socialgov.console.gateway;

/** The API refused or failed a call; the pages show the problem in words, never this exception. */
public class ApiProblemException extends RuntimeException {

    private final transient ApiProblem problem;

    public ApiProblemException(ApiProblem problem) {
        super(problem.status() + " " + problem.title() + ": " + problem.detail());
        this.problem = problem;
    }

    public ApiProblem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    /**
     * Whether the API refused what a form asked (invalid, conflicting with the state, out of date, against a rule):
     * the page shows the form again with the problem beside it, rather than an error page.
     */
    public boolean refusesTheForm() {
        int status = status();
        return status == 400 || status == 409 || status == 412 || status == 422;
    }
}
