package org.socialgov.contract.api;

/**
 * What the contract says, element by element of the 17-point checklist. A null element is one the contract is
 * silent on; the review says what that risks.
 */
public record ContractTerms(Scope scope, Fees fees, Term term, SubcontractingClause subcontracting,
                            PersonalDataClause personalData, ConfidentialityClause confidentiality,
                            RightsOwnershipClause rightsOwnership, ThirdPartyClaimsClause thirdPartyClaims,
                            TerminationClause termination, AntiSocialForcesClause antiSocialForces,
                            DamagesClause damages, AmendmentClause amendments,
                            GoodFaithConsultationClause goodFaithConsultation, AssignmentClause assignment,
                            EntireAgreementClause entireAgreement, ForceMajeureClause forceMajeure,
                            JurisdictionClause jurisdiction) {

    /** The same terms with another term (element 3), e.g. after a renewal. */
    public ContractTerms withTerm(Term newTerm) {
        return new ContractTerms(scope, fees, newTerm, subcontracting, personalData, confidentiality, rightsOwnership,
            thirdPartyClaims, termination, antiSocialForces, damages, amendments, goodFaithConsultation, assignment,
            entireAgreement, forceMajeure, jurisdiction);
    }
}
