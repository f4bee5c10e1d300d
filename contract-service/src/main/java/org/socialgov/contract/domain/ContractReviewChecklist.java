package org.socialgov.contract.domain;

import static org.socialgov.contract.api.FindingSeverity.BLOCKING;
import static org.socialgov.contract.api.FindingSeverity.INFO;
import static org.socialgov.contract.api.FindingSeverity.WARNING;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.socialgov.contract.api.ClaimsHandler;
import org.socialgov.contract.api.ContractElement;
import org.socialgov.contract.api.ContractTerms;
import org.socialgov.contract.api.DamagesCapKind;
import org.socialgov.contract.api.DamagesClause;
import org.socialgov.contract.api.FindingSeverity;
import org.socialgov.contract.api.ReviewFinding;
import org.socialgov.contract.api.RightsOwner;
import org.socialgov.contract.api.SubcontractingPolicy;

/**
 * Reviews contract terms against the 17-point checklist for social media outsourcing contracts and says, element by
 * element, what is missing or risky. Scope, fees and term must never be missing; the other elements, and the
 * checkpoints a lawyer would flag, deserve a warning.
 */
public final class ContractReviewChecklist {

    private static final List<ContractElement> MUST_NEVER_BE_MISSING =
        List.of(ContractElement.SCOPE, ContractElement.FEES, ContractElement.TERM);

    private static final Map<ContractElement, Function<ContractTerms, Object>> ELEMENTS = Map.ofEntries(
        Map.entry(ContractElement.SCOPE, ContractTerms::scope),
        Map.entry(ContractElement.FEES, ContractTerms::fees),
        Map.entry(ContractElement.TERM, ContractTerms::term),
        Map.entry(ContractElement.SUBCONTRACTING, ContractTerms::subcontracting),
        Map.entry(ContractElement.PERSONAL_DATA, ContractTerms::personalData),
        Map.entry(ContractElement.CONFIDENTIALITY, ContractTerms::confidentiality),
        Map.entry(ContractElement.RIGHTS_OWNERSHIP, ContractTerms::rightsOwnership),
        Map.entry(ContractElement.THIRD_PARTY_CLAIMS, ContractTerms::thirdPartyClaims),
        Map.entry(ContractElement.TERMINATION, ContractTerms::termination),
        Map.entry(ContractElement.ANTI_SOCIAL_FORCES, ContractTerms::antiSocialForces),
        Map.entry(ContractElement.DAMAGES, ContractTerms::damages),
        Map.entry(ContractElement.AMENDMENTS, ContractTerms::amendments),
        Map.entry(ContractElement.GOOD_FAITH_CONSULTATION, ContractTerms::goodFaithConsultation),
        Map.entry(ContractElement.ASSIGNMENT, ContractTerms::assignment),
        Map.entry(ContractElement.ENTIRE_AGREEMENT, ContractTerms::entireAgreement),
        Map.entry(ContractElement.FORCE_MAJEURE, ContractTerms::forceMajeure),
        Map.entry(ContractElement.JURISDICTION, ContractTerms::jurisdiction));

    /** The findings, in checklist order; an empty list means nothing to remark. */
    public List<ReviewFinding> review(ContractTerms terms) {
        List<ReviewFinding> findings = new ArrayList<>();
        for (ContractElement element : ContractElement.values()) {
            if (ELEMENTS.get(element).apply(terms) == null) {
                findings.add(missing(element));
            } else {
                checkpoints(element, terms, findings);
            }
        }
        return List.copyOf(findings);
    }

    /** What the terms say on one element of the checklist (null: silent). */
    static Object element(ContractTerms terms, ContractElement element) {
        return ELEMENTS.get(element).apply(terms);
    }

    /** Whether the terms can be signed as they are: nothing BLOCKING. */
    public static boolean signable(List<ReviewFinding> findings) {
        return findings.stream().noneMatch(finding -> finding.severity() == BLOCKING);
    }

    private static ReviewFinding missing(ContractElement element) {
        FindingSeverity severity = MUST_NEVER_BE_MISSING.contains(element) ? BLOCKING : WARNING;
        return new ReviewFinding(element.name() + "_MISSING", severity, element,
            "The contract says nothing about " + describe(element) + ".");
    }

    private static void checkpoints(ContractElement element, ContractTerms terms, List<ReviewFinding> findings) {
        switch (element) {
            case SCOPE -> {
                if (!terms.scope().isMeasurable()) {
                    findings.add(new ReviewFinding("SCOPE_NOT_MEASURABLE", WARNING, element,
                        "The scope gives no measurable quantity, such as the number of posts per month."));
                }
            }
            case SUBCONTRACTING -> {
                if (terms.subcontracting().policy() == SubcontractingPolicy.FREE) {
                    findings.add(new ReviewFinding("SUBCONTRACTING_WITHOUT_PRIOR_WRITTEN_CONSENT", WARNING, element,
                        "The provider may subcontract without the client's prior written consent: the work may "
                            + "reach third parties the client does not know, with a risk of poor results and leaks."));
                }
                if (terms.subcontracting().policy() != SubcontractingPolicy.FORBIDDEN
                    && !terms.subcontracting().providerFullyLiable()) {
                    findings.add(new ReviewFinding("SUBCONTRACTOR_LIABILITY_NOT_WITH_PROVIDER", WARNING, element,
                        "The provider is not fully liable for its subcontractors' work."));
                }
            }
            case PERSONAL_DATA -> {
                if (!terms.personalData().noDisclosure()) {
                    findings.add(new ReviewFinding("PERSONAL_DATA_DISCLOSURE_ALLOWED", WARNING, element,
                        "The provider is not forbidden to disclose personal data the client entrusts to it."));
                }
                if (!terms.personalData().survivesTermination()) {
                    findings.add(new ReviewFinding("PERSONAL_DATA_DUTY_ENDS_WITH_CONTRACT", WARNING, element,
                        "The duty to protect personal data ends with the contract; it should hold after it too."));
                }
            }
            case CONFIDENTIALITY -> {
                if (!terms.confidentiality().survivesTermination()) {
                    findings.add(new ReviewFinding("CONFIDENTIALITY_ENDS_WITH_CONTRACT", WARNING, element,
                        "Confidentiality ends with the contract; it should survive termination."));
                }
            }
            case RIGHTS_OWNERSHIP -> {
                if (terms.rightsOwnership().owner() == RightsOwner.UNSPECIFIED) {
                    findings.add(new ReviewFinding("RIGHTS_OWNERSHIP_UNSPECIFIED", WARNING, element,
                        "Who owns the rights in what is published and invented during the work is not said."));
                } else if (!terms.rightsOwnership().coversInventions()) {
                    findings.add(new ReviewFinding("RIGHTS_OWNERSHIP_SILENT_ON_INVENTIONS", INFO, element,
                        "Ownership is settled for published material but not for inventions made during the work."));
                }
            }
            case THIRD_PARTY_CLAIMS -> thirdPartyClaims(terms, findings);
            case DAMAGES -> damages(terms.damages(), findings);
            default -> {
                // The other elements have no checkpoint beyond being present.
            }
        }
    }

    private static void thirdPartyClaims(ContractTerms terms, List<ReviewFinding> findings) {
        ClaimsHandler handler = terms.thirdPartyClaims().handledBy();
        if (handler == ClaimsHandler.UNASSIGNED) {
            findings.add(new ReviewFinding("THIRD_PARTY_CLAIMS_UNASSIGNED", WARNING, ContractElement.THIRD_PARTY_CLAIMS,
                "Nobody is named to answer when a published article or image infringes someone's rights."));
        } else if (handler == ClaimsHandler.PROVIDER && !terms.thirdPartyClaims().holdHarmless()) {
            findings.add(new ReviewFinding("THIRD_PARTY_CLAIMS_NO_HOLD_HARMLESS", INFO,
                ContractElement.THIRD_PARTY_CLAIMS,
                "The provider handles third-party claims but does not hold the client harmless."));
        }
    }

    private static void damages(DamagesClause damages, List<ReviewFinding> findings) {
        if (damages.cap() == DamagesCapKind.UNCAPPED) {
            findings.add(new ReviewFinding("DAMAGES_UNCAPPED", WARNING, ContractElement.DAMAGES,
                "Damages are uncapped; usual practice caps them, e.g. at N months of fees."));
        } else if ((damages.cap() == DamagesCapKind.MONTHS_OF_FEES
            && (damages.months() == null || damages.months() <= 0))
            || (damages.cap() == DamagesCapKind.FIXED_AMOUNT && damages.fixedAmount() == null)) {
            findings.add(new ReviewFinding("DAMAGES_CAP_INCOMPLETE", BLOCKING, ContractElement.DAMAGES,
                "The damages cap names no " + (damages.cap() == DamagesCapKind.MONTHS_OF_FEES
                    ? "number of months" : "amount") + "."));
        }
    }

    private static String describe(ContractElement element) {
        return element.name().toLowerCase().replace('_', ' ');
    }
}
