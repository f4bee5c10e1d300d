package org.socialgov.console.policyadmin;

import java.util.List;

/** "Register a person": the form as typed and why it was not accepted. */
public record StaffForm(StaffInput input, Refusal refusal) {

    public List<String> standings() {
        return PolicyAdminChoices.JOINING_STANDINGS;
    }
}
