package org.socialgov.contract.api;

import java.time.LocalDate;

/** A numbered version of the agreed terms: version 1 as signed, then one per accepted amendment. */
public record ContractVersion(int versionNo, LocalDate effectiveFrom, ContractTerms terms) {
}
