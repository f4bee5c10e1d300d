package org.socialgov.console.policyadmin;

import java.util.List;

/**
 * The draft editor: the policy it belongs to, the version number the draft has (or takes, when it starts one), what
 * it starts from, the form as typed, and why it was not saved.
 */
public record DraftForm(String policyId, String policyTitle, int versionNo, String startsFrom, DraftInput input,
                        Refusal refusal) {

    public String error(String field) {
        return refusal.error(field);
    }

    public String ruleError(DraftInput.Row row, String part) {
        return refusal.error("rule-" + row.index() + "-" + part);
    }

    public List<String> categories() {
        return PolicyAdminChoices.CATEGORIES;
    }

    public String action() {
        return "/policy-admin/policies/" + policyId + "/versions/" + versionNo + "/draft";
    }
}
