package org.socialgov.console.contracts;

import java.util.List;

/** The review's findings grouped by severity, most serious first, each group saying what it means for signing. */
public record Findings(boolean signable, List<Group> groups) {

    public record Group(String severity, String heading, String meaning, List<ContractReview.Finding> findings) {
    }

    /** A draft's findings say what signing needs; a signed contract's, the risks its parties accepted. */
    static Findings of(ContractReview review, boolean draft) {
        List<Group> groups = List.of(
            group(review, "BLOCKING", "Blocking", draft ? "The contract cannot be signed until the terms are revised."
                : "An amendment with such findings is refused."),
            group(review, "WARNING", "Warnings", draft ? "Each party signs only by accepting each warning with a"
                + " written justification, which is recorded." : "Risks the parties accepted, each with a written"
                + " justification, when they signed or agreed the terms."),
            group(review, "INFO", "For information", "Worth knowing; nothing is required."));
        return new Findings(review.signable(), groups.stream().filter(group -> !group.findings().isEmpty()).toList());
    }

    private static Group group(ContractReview review, String severity, String heading, String meaning) {
        return new Group(severity, heading, meaning,
            review.findings().stream().filter(finding -> severity.equals(finding.severity())).toList());
    }

    public boolean none() {
        return groups.isEmpty();
    }
}
