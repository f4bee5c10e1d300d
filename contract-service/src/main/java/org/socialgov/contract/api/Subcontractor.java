package org.socialgov.contract.api;

/** A third party the provider hands part of the work to. */
public record Subcontractor(String companyId, String name) {
}
