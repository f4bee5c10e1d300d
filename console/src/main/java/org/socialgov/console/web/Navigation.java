package org.socialgov.console.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The navigation, built from the signed-in person's roles: nobody sees a page their roles cannot use. Each page
 * checks the same role again when reached by URL ({@link PageForbiddenException}).
 */
public final class Navigation {

    private Navigation() {
    }

    public static List<NavLink> forRoles(List<String> roles) {
        List<NavLink> links = new ArrayList<>();
        if (roles.contains(Roles.EMPLOYEE)) {
            links.add(new NavLink("/policy", "The policy"));
            links.add(new NavLink("/reports/new", "Report a mention"));
            links.add(new NavLink("/reports", "My reports"));
        }
        if (roles.contains(Roles.COMPLIANCE_OFFICER)) {
            links.add(new NavLink("/incidents", "Incident board"));
            links.add(new NavLink("/incidents/statistics", "Incident statistics"));
            links.add(new NavLink("/policy-admin", "Policy versions"));
            links.add(new NavLink("/policy-admin/compliance", "Compliance"));
            links.add(new NavLink("/policy-admin/roster", "Roster"));
            links.add(new NavLink("/policy-admin/official-accounts", "Official accounts"));
        }
        if (roles.contains(Roles.CONTRACT_MANAGER)) {
            links.add(new NavLink("/contracts", "Contracts"));
        }
        if (roles.contains(Roles.AUDITOR)) {
            links.add(new NavLink("/audit", "Audit"));
        }
        return links;
    }
}
