package org.socialgov.incident.api;

/** In which capacity someone reports: as one of the company's staff, or as an agency working under contract. */
public enum ReporterKind {
    EMPLOYEE,
    AGENCY
}
