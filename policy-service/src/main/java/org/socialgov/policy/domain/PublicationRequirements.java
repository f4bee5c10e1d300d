package org.socialgov.policy.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.socialgov.policy.api.Guideline;
import org.socialgov.policy.api.GuidelineCategory;
import org.socialgov.policy.api.PolicyContent;
import org.socialgov.problem.ProblemError;

/**
 * What a draft needs before it can be published: purposes, guidelines, and a disclaimer rule (staff speaking about
 * the company must say their views are their own), each guideline with a distinct number. Each unmet requirement
 * has a stable code, which the refusal lists in its {@code errors}.
 */
public final class PublicationRequirements {

    public static final String NO_PURPOSE = "no-purpose";
    public static final String NO_RULES = "no-rules";
    public static final String NO_DISCLAIMER_RULE = "no-disclaimer-rule";
    public static final String DUPLICATE_RULE_NUMBER = "duplicate-rule-number";

    private PublicationRequirements() {
    }

    /** Every reason the draft cannot be published; empty when it can. */
    public static List<ProblemError> unmet(PolicyContent draft) {
        List<ProblemError> reasons = new ArrayList<>();
        if (draft.purposes().isEmpty()) {
            reasons.add(ProblemError.reason(NO_PURPOSE,
                "A published policy states why the company uses social media: add at least one purpose"));
        }
        if (draft.guidelines().isEmpty()) {
            reasons.add(ProblemError.reason(NO_RULES,
                "A published policy has employee guidelines: add at least one rule"));
        } else if (draft.guidelines().stream().noneMatch(rule -> rule.category() == GuidelineCategory.DISCLAIMER)) {
            reasons.add(ProblemError.reason(NO_DISCLAIMER_RULE, "The guidelines need a disclaimer rule: staff "
                + "speaking about the company say the views are their own"));
        }
        Set<Integer> numbers = new HashSet<>();
        for (Guideline rule : draft.guidelines()) {
            if (!numbers.add(rule.number())) {
                reasons.add(ProblemError.reason(DUPLICATE_RULE_NUMBER, "Two rules are numbered " + rule.number()));
            }
        }
        return reasons;
    }

    public static void require(PolicyContent draft) {
        List<ProblemError> reasons = unmet(draft);
        if (!reasons.isEmpty()) {
            throw new PolicyRuleViolationException(reasons);
        }
    }
}
