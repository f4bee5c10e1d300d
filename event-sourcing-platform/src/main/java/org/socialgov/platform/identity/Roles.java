package org.socialgov.platform.identity;

/**
 * The roles the gateway's identities carry. A role names what a person does for the tenant, not a permission.
 */
public final class Roles {

    /** Drafts, negotiates and administers outsourcing contracts (legal, procurement). */
    public static final String CONTRACT_MANAGER = "CONTRACT_MANAGER";
    /** The managing department (PR / compliance) that owns the policy and triages incidents. */
    public static final String COMPLIANCE_OFFICER = "COMPLIANCE_OFFICER";
    /** An agency or freelancer working under a contract. */
    public static final String AGENCY = "AGENCY";
    /** An officer or employee bound by the guidelines. */
    public static final String EMPLOYEE = "EMPLOYEE";
    /** Read-only: replays history and verifies the record. */
    public static final String AUDITOR = "AUDITOR";
    /** Runs the suite for every tenant: rebuilds read models and watches the services. Not a tenant's role. */
    public static final String OPERATOR = "OPERATOR";

    private Roles() {
    }
}
