package org.socialgov.contract.api;

import java.time.LocalDate;

/**
 * A page of the client company's contracts, optionally filtered: by status, by provider, and to those whose term
 * ends within {@code endsWithinDays} of {@code today} (renewal alerts). {@code providerViewer} as in
 * {@link FindContractQuery}; {@code after} is the last contract id of the previous page.
 */
public record ListContractsQuery(String client, String providerViewer, String status, String providerId,
                                 Integer endsWithinDays, LocalDate today, int limit, String after) {
}
