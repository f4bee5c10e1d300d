package org.socialgov.gateway.identity;

/**
 * The roles a token can carry. The services decide what each may do; the gateway itself checks only
 * {@link #ENTERPRISE_ADMIN}, for its own endpoints that manage machine clients.
 */
public final class Roles {

    public static final String CONTRACT_MANAGER = "CONTRACT_MANAGER";
    public static final String COMPLIANCE_OFFICER = "COMPLIANCE_OFFICER";
    public static final String EMPLOYEE = "EMPLOYEE";
    public static final String AGENCY = "AGENCY";
    public static final String AUDITOR = "AUDITOR";
    /** Runs the suite for every tenant; never a tenant's role. */
    public static final String OPERATOR = "OPERATOR";
    /** Administers the company's access: registers its machine clients, rotates their secrets, revokes them. */
    public static final String ENTERPRISE_ADMIN = "ENTERPRISE_ADMIN";

    private Roles() {
    }
}
