package org.socialgov.contract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.socialgov.contract.api.ContractElement;
import org.socialgov.contract.api.ContractTerms;
import org.socialgov.contract.api.TermChange;

/** Compares two versions of a contract's terms element by element, in checklist order. */
public final class ContractVersionComparison {

    private ContractVersionComparison() {
    }

    public static List<TermChange> changes(ContractTerms before, ContractTerms after) {
        List<TermChange> changes = new ArrayList<>();
        for (ContractElement element : ContractElement.values()) {
            Object was = ContractReviewChecklist.element(before, element);
            Object is = ContractReviewChecklist.element(after, element);
            if (!Objects.equals(was, is)) {
                changes.add(new TermChange(element, was, is));
            }
        }
        return changes;
    }
}
