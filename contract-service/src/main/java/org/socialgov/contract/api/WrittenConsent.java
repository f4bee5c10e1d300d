package org.socialgov.contract.api;

import java.time.LocalDate;

/** A counterparty's consent in writing: the document's reference, its date, and who signed it. */
public record WrittenConsent(String reference, LocalDate date, String signatory) {
}
