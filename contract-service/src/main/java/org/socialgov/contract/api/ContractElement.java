package org.socialgov.contract.api;

/** The 17 elements an outsourcing contract for social media operations should contain, in checklist order. */
public enum ContractElement {
    SCOPE,
    FEES,
    TERM,
    SUBCONTRACTING,
    PERSONAL_DATA,
    CONFIDENTIALITY,
    RIGHTS_OWNERSHIP,
    THIRD_PARTY_CLAIMS,
    TERMINATION,
    ANTI_SOCIAL_FORCES,
    DAMAGES,
    AMENDMENTS,
    GOOD_FAITH_CONSULTATION,
    ASSIGNMENT,
    ENTIRE_AGREEMENT,
    FORCE_MAJEURE,
    JURISDICTION
}
