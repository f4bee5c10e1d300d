package org.socialgov.console.web;

import java.util.List;

/** The roles the suite knows (the gateway's development tokens accept exactly these). */
public final class Roles {

    public static final String EMPLOYEE = "EMPLOYEE";
    public static final String COMPLIANCE_OFFICER = "COMPLIANCE_OFFICER";
    public static final String CONTRACT_MANAGER = "CONTRACT_MANAGER";
    public static final String AUDITOR = "AUDITOR";
    public static final String AGENCY = "AGENCY";
    public static final String OPERATOR = "OPERATOR";
    public static final String ENTERPRISE_ADMIN = "ENTERPRISE_ADMIN";

    public static final List<String> ALL = List.of(EMPLOYEE, COMPLIANCE_OFFICER, CONTRACT_MANAGER, AUDITOR, AGENCY,
        OPERATOR, ENTERPRISE_ADMIN);

    private Roles() {
    }
}
