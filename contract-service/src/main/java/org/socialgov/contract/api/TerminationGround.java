package org.socialgov.contract.api;

/** Why a contract ends before its term. */
public enum TerminationGround {
    /** A party gives notice; the contract ends after the termination clause's notice period. */
    NOTICE,
    /** Both parties agree to end it. */
    MUTUAL_AGREEMENT,
    /** The other party broke the contract; at once if the clause allows immediate termination for cause. */
    BREACH,
    /** The other party turned out to be linked to anti-social forces; at once, under that clause. */
    ANTI_SOCIAL_FORCES,
    /** An event beyond the parties' control made performance impossible. */
    FORCE_MAJEURE
}
