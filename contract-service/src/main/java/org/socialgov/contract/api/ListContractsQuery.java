package org.socialgov.contract.api;

import java.time.LocalDate;

/**
 * A page of the client company's contracts, optionally filtered: by status, by provider, and to those whose term
 * ends within {@code endsWithinDays} of {@code today} (renewal alerts); ordered by {@code sort}, last first when
 * {@code descending}. {@code providerViewer} as in {@link FindContractQuery}. The page starts after the last contract
 * of the previous page: {@code after} is its id, and for an order by date {@code afterDate} the date it was listed
 * under (null when it had none).
 */
public record ListContractsQuery(String client, String providerViewer, String status, String providerId,
                                 Integer endsWithinDays, LocalDate today, ContractListSort sort, boolean descending,
                                 int limit, String after, LocalDate afterDate) {
}
