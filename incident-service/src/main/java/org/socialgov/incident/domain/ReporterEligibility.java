package org.socialgov.incident.domain;

import org.socialgov.incident.api.Reporter;
import org.socialgov.incident.api.ReporterKind;

/**
 * Who may report a mention for a company. Its employees always may. An agency may only while it holds an active
 * contract with the company whose scope includes mention monitoring; that needs the contracts' read model
 * (ARCHITECTURE.md, decision 2), which is not in this service yet, so until then every agency report is refused
 * rather than accepted unchecked.
 */
public final class ReporterEligibility {

    private ReporterEligibility() {
    }

    public static void require(Reporter reporter) {
        if (reporter.kind() == ReporterKind.AGENCY) {
            throw new ReporterNotEligibleException("Agency reports need a check of the agency's contract "
                + "(active, with mention monitoring in its scope), and that check is not in place yet; "
                + "report through the company's managing department meanwhile");
        }
    }
}
