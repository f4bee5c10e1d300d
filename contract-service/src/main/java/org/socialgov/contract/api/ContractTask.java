package org.socialgov.contract.api;

/** What an agency may be given to do on the client's accounts. */
public enum ContractTask {
    REGULAR_POSTING,
    REPLIES_TO_COMMENTS_AND_MESSAGES,
    STRATEGY_AND_AUDIENCE_ANALYSIS,
    MENTION_MONITORING_AND_REPORTING
}
