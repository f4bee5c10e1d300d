package org.socialgov.console.contracts;

import org.socialgov.console.web.Words;

/** One line of the contract list: the API's summary, with its renewal cancel-by date and how near it is. */
public record ContractRow(ContractList.Summary summary, Renewal renewal) {

    /** What the cancel-by column says when there is no date to show: a running contract that will not renew. */
    public String noRenewal() {
        return "ACTIVE".equals(summary.status()) || "DRAFT".equals(summary.status()) ? "Will not renew itself"
            : "No renewal: " + Words.code(summary.status()).toLowerCase(java.util.Locale.ROOT);
    }
}
