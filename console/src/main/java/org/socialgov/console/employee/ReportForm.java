package org.socialgov.console.employee;

import java.util.List;
import java.util.Map;

/**
 * The "Report a mention" page: what was entered, each field's problem (the console's own or the API's), the
 * problem's title and detail when the API refused the report, and the policy's rules to choose from.
 */
public record ReportForm(ReportInput input, Map<String, String> errors, String problemTitle, String problemDetail,
                         List<PolicyInForce.Guideline> rules) {

    public String error(String field) {
        return errors.get(field);
    }

    public boolean refused() {
        return !problemTitle.isEmpty();
    }

    public List<String> platforms() {
        return ReportChoices.PLATFORMS;
    }

    public List<String> sentiments() {
        return ReportChoices.SENTIMENTS;
    }

    public List<String> categories() {
        return ReportChoices.CATEGORIES;
    }
}
