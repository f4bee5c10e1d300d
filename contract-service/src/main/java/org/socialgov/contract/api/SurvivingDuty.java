package org.socialgov.contract.api;

import java.time.LocalDate;

/** A duty that outlives the contract (confidentiality, personal data), until {@code until} (null: without end). */
public record SurvivingDuty(ContractElement duty, LocalDate until) {
}
