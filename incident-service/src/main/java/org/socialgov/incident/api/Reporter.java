package org.socialgov.incident.api;

/**
 * Who reported a post (the caller's identity) and in which capacity; for an agency, the contract it reported under,
 * as checked when it reported.
 */
public record Reporter(String actor, ReporterKind kind, String contractId) {

    public Reporter underContract(String contract) {
        return new Reporter(actor, kind, contract);
    }
}
