package org.socialgov.contract.api;

/** What a contract list is ordered by: the order the contracts were made, their term end, or their cancel-by date. */
public enum ContractListSort {
    CREATED, TERM_END, CANCEL_BY
}
