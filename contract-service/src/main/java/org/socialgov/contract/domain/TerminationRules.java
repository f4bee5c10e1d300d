package org.socialgov.contract.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.socialgov.contract.api.ContractElement;
import org.socialgov.contract.api.ContractTerms;
import org.socialgov.contract.api.SurvivingDuty;
import org.socialgov.contract.api.TerminationClause;
import org.socialgov.contract.api.TerminationGround;

/**
 * When a termination takes effect under the contract's clauses, and which duties survive it: by notice after the
 * notice period; by mutual agreement at once; for breach at once if the clause allows immediate termination for
 * cause, else after notice; under the anti-social-forces and force-majeure clauses at once, if the contract has them.
 */
final class TerminationRules {

    private TerminationRules() {
    }

    static LocalDate effectiveOn(ContractTerms terms, TerminationGround ground, LocalDate requestedOn) {
        TerminationClause clause = terms.termination();
        return switch (ground) {
            case MUTUAL_AGREEMENT -> requestedOn;
            case NOTICE -> requestedOn.plusDays(requireClause(clause, "by notice").noticeDays());
            case BREACH -> requireClause(clause, "for breach").immediateForCause()
                ? requestedOn : requestedOn.plusDays(clause.noticeDays());
            case ANTI_SOCIAL_FORCES -> {
                if (terms.antiSocialForces() == null || !terms.antiSocialForces().immediateTermination()) {
                    throw new TerminationNotAllowedException("The contract has no anti-social-forces clause with a"
                        + " right to terminate at once; end it by notice or by mutual agreement");
                }
                yield requestedOn;
            }
            case FORCE_MAJEURE -> {
                if (terms.forceMajeure() == null || !terms.forceMajeure().agreed()) {
                    throw new TerminationNotAllowedException("The contract has no force-majeure clause; end it by"
                        + " notice or by mutual agreement");
                }
                yield requestedOn;
            }
        };
    }

    /** Confidentiality and personal-data duties that the contract says outlive it, with their end if any. */
    static List<SurvivingDuty> survivingDuties(ContractTerms terms, LocalDate effectiveOn) {
        List<SurvivingDuty> duties = new ArrayList<>();
        if (terms.confidentiality() != null && terms.confidentiality().survivesTermination()) {
            Integer years = terms.confidentiality().yearsAfterTermination();
            duties.add(new SurvivingDuty(ContractElement.CONFIDENTIALITY,
                years == null ? null : effectiveOn.plusYears(years)));
        }
        if (terms.personalData() != null && terms.personalData().survivesTermination()) {
            duties.add(new SurvivingDuty(ContractElement.PERSONAL_DATA, null));
        }
        return duties;
    }

    private static TerminationClause requireClause(TerminationClause clause, String how) {
        if (clause == null) {
            throw new TerminationNotAllowedException("The contract has no termination clause to end it " + how
                + "; end it by mutual agreement");
        }
        return clause;
    }
}
