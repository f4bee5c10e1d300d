package org.socialgov.console.contracts;

import java.util.List;
import java.util.Optional;
import org.socialgov.console.web.Words;

/**
 * The 17 elements of the outsourcing-contract checklist (openapi ContractElement), in checklist order: the field of
 * the terms that holds each, and its name in words.
 */
public final class ContractElements {

    public record Element(int number, String code, String field, String name) {

        public String heading() {
            return number + ". " + name;
        }
    }

    public static final List<Element> ALL = List.of(
        new Element(1, "SCOPE", "scope", "Scope of the work"),
        new Element(2, "FEES", "fees", "Fees"),
        new Element(3, "TERM", "term", "Term"),
        new Element(4, "SUBCONTRACTING", "subcontracting", "Subcontracting"),
        new Element(5, "PERSONAL_DATA", "personalData", "Personal information"),
        new Element(6, "CONFIDENTIALITY", "confidentiality", "Confidentiality"),
        new Element(7, "RIGHTS_OWNERSHIP", "rightsOwnership", "Ownership of rights"),
        new Element(8, "THIRD_PARTY_CLAIMS", "thirdPartyClaims", "Third-party claims"),
        new Element(9, "TERMINATION", "termination", "Termination"),
        new Element(10, "ANTI_SOCIAL_FORCES", "antiSocialForces", "Exclusion of anti-social forces"),
        new Element(11, "DAMAGES", "damages", "Damages"),
        new Element(12, "AMENDMENTS", "amendments", "Changes to the contract"),
        new Element(13, "GOOD_FAITH_CONSULTATION", "goodFaithConsultation", "Good-faith consultation"),
        new Element(14, "ASSIGNMENT", "assignment", "Assignment"),
        new Element(15, "ENTIRE_AGREEMENT", "entireAgreement", "Entire agreement"),
        new Element(16, "FORCE_MAJEURE", "forceMajeure", "Force majeure"),
        new Element(17, "JURISDICTION", "jurisdiction", "Jurisdiction"));

    private ContractElements() {
    }

    public static Optional<Element> byCode(String code) {
        return ALL.stream().filter(element -> element.code().equals(code)).findFirst();
    }

    /** The element's numbered name, or the code in words for one this console does not know yet. */
    public static String heading(String code) {
        return byCode(code).map(Element::heading).orElseGet(() -> Words.code(code));
    }
}
