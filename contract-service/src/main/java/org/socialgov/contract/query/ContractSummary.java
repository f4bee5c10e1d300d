package org.socialgov.contract.query;

import java.time.LocalDate;

/** One line of a contract list: enough to find, filter and plan renewals. */
public record ContractSummary(String contractId, String title, String status, String providerId,
                              String providerName, LocalDate termStart, LocalDate termEnd, long version) {
}
