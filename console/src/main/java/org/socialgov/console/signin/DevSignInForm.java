package org.socialgov.console.signin;

import java.util.List;
import java.util.Map;

import org.socialgov.console.web.Roles;

/** The development sign-in form: what was entered, and each field's problem when the gateway refused it. */
public record DevSignInForm(String company, String person, List<String> roles, Map<String, String> errors) {

    public static DevSignInForm empty() {
        return new DevSignInForm("", "", List.of(), Map.of());
    }

    public List<String> knownRoles() {
        return Roles.ALL;
    }

    public boolean checked(String role) {
        return roles.contains(role);
    }

    public String error(String field) {
        return errors.get(field);
    }
}
