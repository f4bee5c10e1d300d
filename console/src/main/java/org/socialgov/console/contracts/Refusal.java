package org.socialgov.console.contracts;

import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;

/**
 * The API's refusal of an action taken on the contract page, shown beside the form it came from: which form, the
 * problem's title, detail and other reasons, each field's problem (by form field), and what was typed.
 */
public record Refusal(String form, String title, @Nullable String detail, List<String> reasons,
                      Map<String, String> errors, Map<String, String> typed) {

    public boolean on(String name) {
        return form.equals(name);
    }

    public @Nullable String error(String field) {
        return errors.get(field);
    }

    public String typed(String field) {
        return typed.getOrDefault(field, "");
    }
}
