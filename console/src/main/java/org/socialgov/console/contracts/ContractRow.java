package org.socialgov.console.contracts;

/** One line of the contract list: the API's summary, and the renewal cancel-by date read from the contract. */
public record ContractRow(ContractList.Summary summary, Renewal renewal) {

    /** What the cancel-by column says when there is no date to show. */
    public String noRenewal() {
        return "ACTIVE".equals(summary.status()) || "DRAFT".equals(summary.status()) ? "Does not renew itself"
            : "No renewal: " + Words.of(summary.status()).toLowerCase(java.util.Locale.ROOT);
    }
}
