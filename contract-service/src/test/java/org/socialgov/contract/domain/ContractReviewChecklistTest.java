package org.socialgov.contract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.contract.api.ClaimsHandler;
import org.socialgov.contract.api.ConfidentialityClause;
import org.socialgov.contract.api.ContractElement;
import org.socialgov.contract.api.ContractTerms;
import org.socialgov.contract.api.DamagesCapKind;
import org.socialgov.contract.api.DamagesClause;
import org.socialgov.contract.api.FindingSeverity;
import org.socialgov.contract.api.Money;
import org.socialgov.contract.api.PersonalDataClause;
import org.socialgov.contract.api.ReviewFinding;
import org.socialgov.contract.api.RightsOwner;
import org.socialgov.contract.api.RightsOwnershipClause;
import org.socialgov.contract.api.Scope;
import org.socialgov.contract.api.SocialPlatform;
import org.socialgov.contract.api.SubcontractingClause;
import org.socialgov.contract.api.SubcontractingPolicy;
import org.socialgov.contract.api.ThirdPartyClaimsClause;

class ContractReviewChecklistTest {

    private final ContractReviewChecklist checklist = new ContractReviewChecklist();

    @Test
    void givenRecommendedTerms_whenReviewed_thenNothingToRemark() {
        List<ReviewFinding> findings = checklist.review(ContractFixtures.RECOMMENDED_TERMS);
        assertEquals(List.of(), findings);
        assertTrue(ContractReviewChecklist.signable(findings));
    }

    @Test
    void givenSilentTerms_whenReviewed_thenScopeFeesAndTermBlockAndTheOtherFourteenWarn() {
        List<ReviewFinding> findings = checklist.review(ContractFixtures.SILENT_TERMS);

        assertEquals(17, findings.size());
        assertEquals(List.of("SCOPE_MISSING", "FEES_MISSING", "TERM_MISSING"), findings.stream()
            .filter(finding -> finding.severity() == FindingSeverity.BLOCKING).map(ReviewFinding::code).toList());
        assertEquals(14, findings.stream().filter(finding -> finding.severity() == FindingSeverity.WARNING).count());
        assertEquals(List.of(ContractElement.values()), findings.stream().map(ReviewFinding::element).toList(),
            "one finding per element, in checklist order");
        assertFalse(ContractReviewChecklist.signable(findings));
    }

    @Test
    void givenScopeWithoutPostsPerMonth_whenReviewed_thenNotMeasurable() {
        assertOnly("SCOPE_NOT_MEASURABLE", FindingSeverity.WARNING, terms -> with(terms, 0,
            new Scope(Set.of(SocialPlatform.X), List.of(), Set.of(), null)));
    }

    @Test
    void givenFreeSubcontracting_whenReviewed_thenWarnsOfMissingPriorWrittenConsent() {
        assertOnly("SUBCONTRACTING_WITHOUT_PRIOR_WRITTEN_CONSENT", FindingSeverity.WARNING,
            terms -> with(terms, 3, new SubcontractingClause(SubcontractingPolicy.FREE, true)));
    }

    @Test
    void givenSubcontractingWithoutProviderLiability_whenReviewed_thenWarns() {
        assertOnly("SUBCONTRACTOR_LIABILITY_NOT_WITH_PROVIDER", FindingSeverity.WARNING,
            terms -> with(terms, 3, new SubcontractingClause(SubcontractingPolicy.PRIOR_WRITTEN_CONSENT, false)));
    }

    @Test
    void givenSubcontractingForbidden_whenProviderNotLiable_thenNothingToRemark() {
        assertEquals(List.of(), checklist.review(with(ContractFixtures.RECOMMENDED_TERMS, 3,
            new SubcontractingClause(SubcontractingPolicy.FORBIDDEN, false))));
    }

    @Test
    void givenPersonalDataDutyEndingWithTheContract_whenReviewed_thenWarns() {
        assertOnly("PERSONAL_DATA_DUTY_ENDS_WITH_CONTRACT", FindingSeverity.WARNING,
            terms -> with(terms, 4, new PersonalDataClause(true, false)));
    }

    @Test
    void givenPersonalDataDisclosureAllowed_whenReviewed_thenWarns() {
        assertOnly("PERSONAL_DATA_DISCLOSURE_ALLOWED", FindingSeverity.WARNING,
            terms -> with(terms, 4, new PersonalDataClause(false, true)));
    }

    @Test
    void givenConfidentialityEndingWithTheContract_whenReviewed_thenWarns() {
        assertOnly("CONFIDENTIALITY_ENDS_WITH_CONTRACT", FindingSeverity.WARNING,
            terms -> with(terms, 5, new ConfidentialityClause(false, null)));
    }

    @Test
    void givenRightsOwnershipUnspecified_whenReviewed_thenWarns() {
        assertOnly("RIGHTS_OWNERSHIP_UNSPECIFIED", FindingSeverity.WARNING,
            terms -> with(terms, 6, new RightsOwnershipClause(RightsOwner.UNSPECIFIED, true)));
    }

    @Test
    void givenThirdPartyClaimsUnassigned_whenReviewed_thenWarns() {
        assertOnly("THIRD_PARTY_CLAIMS_UNASSIGNED", FindingSeverity.WARNING,
            terms -> with(terms, 7, new ThirdPartyClaimsClause(ClaimsHandler.UNASSIGNED, false)));
    }

    @Test
    void givenProviderHandlesClaimsWithoutHoldHarmless_whenReviewed_thenInforms() {
        assertOnly("THIRD_PARTY_CLAIMS_NO_HOLD_HARMLESS", FindingSeverity.INFO,
            terms -> with(terms, 7, new ThirdPartyClaimsClause(ClaimsHandler.PROVIDER, false)));
    }

    @Test
    void givenUncappedDamages_whenReviewed_thenWarns() {
        assertOnly("DAMAGES_UNCAPPED", FindingSeverity.WARNING,
            terms -> with(terms, 10, new DamagesClause(DamagesCapKind.UNCAPPED, null, null)));
    }

    @Test
    void givenDamagesCappedAtAFixedAmountWithoutAmount_whenReviewed_thenBlocks() {
        assertOnly("DAMAGES_CAP_INCOMPLETE", FindingSeverity.BLOCKING,
            terms -> with(terms, 10, new DamagesClause(DamagesCapKind.FIXED_AMOUNT, null, null)));
    }

    @Test
    void givenDamagesCappedAtAFixedAmount_whenReviewed_thenNothingToRemark() {
        assertEquals(List.of(), checklist.review(with(ContractFixtures.RECOMMENDED_TERMS, 10,
            new DamagesClause(DamagesCapKind.FIXED_AMOUNT, null, new Money("EUR", new BigDecimal("30000"))))));
    }

    private void assertOnly(String code, FindingSeverity severity, UnaryOperator<ContractTerms> change) {
        List<ReviewFinding> findings = checklist.review(change.apply(ContractFixtures.RECOMMENDED_TERMS));
        assertEquals(List.of(code), findings.stream().map(ReviewFinding::code).toList());
        assertEquals(severity, findings.get(0).severity());
        assertFalse(findings.get(0).message().isBlank());
    }

    /** The terms with element number {@code index} (0-based, checklist order) replaced. */
    private static ContractTerms with(ContractTerms t, int index, Object element) {
        Object[] elements = {t.scope(), t.fees(), t.term(), t.subcontracting(), t.personalData(),
            t.confidentiality(), t.rightsOwnership(), t.thirdPartyClaims(), t.termination(), t.antiSocialForces(),
            t.damages(), t.amendments(), t.goodFaithConsultation(), t.assignment(), t.entireAgreement(),
            t.forceMajeure(), t.jurisdiction()};
        elements[index] = element;
        try {
            return (ContractTerms) ContractTerms.class.getDeclaredConstructors()[0].newInstance(elements);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
