package org.socialgov.contract.api;

/** Checklist element 5: personal data the client entrusts to the provider. */
public record PersonalDataClause(boolean noDisclosure, boolean survivesTermination) {
}
