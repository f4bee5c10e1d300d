package org.socialgov.contract.query;

import java.time.LocalDate;

/** One line of a contract list: enough to find, filter and plan renewals ({@code cancelBy} null: none to cancel). */
public record ContractSummary(String contractId, String title, String status, String providerId,
                              String providerName, LocalDate termStart, LocalDate termEnd, LocalDate cancelBy,
                              long version) {
}
