package org.socialgov.console.contracts;

import java.util.List;

import io.micronaut.core.annotation.Nullable;

/**
 * The contract page: the contract as it stands, its review's findings by severity, its terms in words, each
 * accepted amendment and the open one side by side, what the contract manager may do now, and the API's refusal
 * of the last action, if any, or what it recorded ({@code done}). {@code idempotencyKey} is made when the page is shown, so a form sent twice acts once.
 */
public record ContractPage(Contract contract, Findings findings, Renewal renewal, List<TermsElement> terms,
                           List<SideBySide> amendments, @Nullable SideBySide proposal, ContractActions actions,
                           List<ContractReview.Finding> warnings, @Nullable Refusal refusal,
                           String idempotencyKey, @Nullable String done) {

    /** One element of the terms in force, in words. */
    public record TermsElement(String heading, List<String> lines) {
    }

    public boolean refused(String form) {
        return refusal != null && refusal.on(form);
    }

    public @Nullable String error(String form, String field) {
        return refused(form) ? refusal.error(field) : null;
    }

    public String typed(String form, String field) {
        return refused(form) ? refusal.typed(field) : "";
    }

    /** The tasks a subcontractor may be given (openapi ContractTask). */
    public List<String> tasks() {
        return List.of("REGULAR_POSTING", "REPLIES_TO_COMMENTS_AND_MESSAGES", "STRATEGY_AND_AUDIENCE_ANALYSIS",
            "MENTION_MONITORING_AND_REPORTING");
    }

    public boolean taskTyped(String task) {
        return List.of(typed("consent", "tasks").split(",")).contains(task);
    }

    /** What the subcontracting clause allows, in words, and what that says of each approved subcontractor. */
    public String subcontractingClause() {
        Object policy = contract.element("subcontracting").map(clause -> clause.get("policy")).orElse(null);
        if ("PRIOR_WRITTEN_CONSENT".equals(policy)) {
            return "Only with the client's prior written consent: a subcontractor is approved only after your"
                + " company's written consent naming it and its tasks is recorded.";
        }
        if ("FREE".equals(policy)) {
            return "Allowed without consent: the provider may approve subcontractors itself.";
        }
        if ("FORBIDDEN".equals(policy)) {
            return "Forbidden: the provider may not hand work to anyone else.";
        }
        return "The contract is silent on subcontracting, so a subcontractor needs your company's recorded written"
            + " consent.";
    }

    /** The termination clause's notice period in days, if the contract has one. */
    public @Nullable Number noticeDays() {
        return contract.element("termination").map(clause -> clause.get("noticeDays"))
            .filter(Number.class::isInstance).map(Number.class::cast).orElse(null);
    }
}
