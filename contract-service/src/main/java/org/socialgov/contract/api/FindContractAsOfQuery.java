package org.socialgov.contract.api;

import java.time.Instant;

/**
 * The contract as it was at a version (sequence number of its last event then) or at an instant, rebuilt from its
 * events by the aggregate itself. Exactly one of {@code version} and {@code instant} is set.
 */
public record FindContractAsOfQuery(String contractId, String client, String providerViewer, Long version,
                                    Instant instant) {
}
