package org.socialgov.console.contracts;

/**
 * What the client's contract manager may do to the contract in its current state; the page shows exactly these
 * forms. The API decides again when a form is sent, and its refusal is shown in words.
 */
public record ContractActions(boolean sign, boolean signBlocked, boolean decideAmendment, boolean withdrawAmendment,
                              boolean terminate, boolean giveNotice, boolean recordConsent) {

    static ContractActions of(Contract contract, ContractReview review, Renewal renewal) {
        boolean draft = "DRAFT".equals(contract.status());
        boolean active = "ACTIVE".equals(contract.status());
        boolean clientToSign = draft && !contract.signedBy(Contract.CLIENT);
        Contract.OpenAmendment open = contract.openAmendment();
        return new ContractActions(clientToSign && review.signable(), clientToSign && !review.signable(),
            active && open != null && Contract.PROVIDER.equals(open.proposedBy()),
            active && open != null && Contract.CLIENT.equals(open.proposedBy()),
            active, active && renewal.noticeStillPossible(), active && consentMayApprove(contract));
    }

    /** Consent matters where the clause asks for it, or is silent (then the API asks for it too). */
    private static boolean consentMayApprove(Contract contract) {
        Object policy = contract.element("subcontracting").map(clause -> clause.get("policy")).orElse(null);
        return !"FORBIDDEN".equals(policy) && !"FREE".equals(policy);
    }

    public boolean any() {
        return sign || decideAmendment || withdrawAmendment || terminate || giveNotice || recordConsent;
    }
}
