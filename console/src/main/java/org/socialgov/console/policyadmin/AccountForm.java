package org.socialgov.console.policyadmin;

import java.util.List;

import org.socialgov.console.employee.ReportChoices;

/** "Register an official account": the form as typed and why it was not accepted. */
public record AccountForm(AccountInput input, Refusal refusal) {

    public List<String> platforms() {
        return ReportChoices.PLATFORMS;
    }
}
