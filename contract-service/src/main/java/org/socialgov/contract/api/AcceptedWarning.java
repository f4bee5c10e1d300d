package org.socialgov.contract.api;

/** A review warning the signing party accepts, with its written justification. */
public record AcceptedWarning(String code, String justification) {
}
