package org.socialgov.console.policyadmin;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.socialgov.console.gateway.ApiProblem;

/**
 * Why a form was not accepted, as its page shows it: the API's title and detail, the reasons that name no field,
 * and each field's message by the form's name for it (the console's own checks land here too).
 */
public record Refusal(String title, String detail, List<String> reasons, Map<String, String> errors) {

    private static final Refusal NONE = new Refusal("", "", List.of(), Map.of());

    public static Refusal none() {
        return NONE;
    }

    /** The console could not convert what was typed: nothing was sent. */
    public static Refusal ofFields(Map<String, String> errors) {
        return new Refusal("Some fields need another look.", "", List.of(), Map.copyOf(errors));
    }

    /** The API's problem; {@code formField} turns the API's field path into the form's name for it. */
    public static Refusal of(ApiProblem problem, UnaryOperator<String> formField) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        problem.fieldMessages().forEach((field, message) ->
            errors.merge(formField.apply(field), message, (first, next) -> first + "; " + next));
        // An invalid request's detail names fields by their paths in the API's body ("guidelines[7].text"); each
        // message is beside its input already, so the page says that instead.
        String detail = problem.status() == 400 && !errors.isEmpty() ? "Each field's problem is shown beside it."
            : problem.detail() == null ? "" : problem.detail();
        return new Refusal(problem.title() == null ? "" : problem.title(), detail, problem.otherMessages(), errors);
    }


    public boolean refused() {
        return !title.isEmpty();
    }

    public String error(String field) {
        return errors.get(field);
    }
}
