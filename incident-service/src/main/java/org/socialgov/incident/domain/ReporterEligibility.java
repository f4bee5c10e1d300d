package org.socialgov.incident.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.socialgov.incident.api.Reporter;
import org.socialgov.incident.api.ReporterKind;
import org.socialgov.platform.identity.RequestIdentity;
import org.socialgov.platform.identity.Roles;
import org.socialgov.platform.upstream.UpstreamBehindException;

/**
 * Who may report a mention for a company. Its staff always may: employees, and the compliance officers of the
 * managing department, who spot posts too. An agency may only while it holds a contract
 * with the company that is in force on the day and whose scope includes mention monitoring and reporting; when the
 * contract ends, so does the right to report. The decision rests on contract-service's record as it is now (this
 * service's view once caught up), so that neither a contract signed a moment ago nor one ended a moment ago is
 * misjudged. When that record cannot be read up to date, an agency this service knows to be entitled still reports
 * (an outage of contract-service must not stop reports), and any other is asked to send the report again later
 * rather than refused.
 */
public final class ReporterEligibility {

    private ReporterEligibility() {
    }

    /**
     * The capacity the caller reports in. Staff report as employees (a compliance officer included); someone on
     * staff who also works for an agency reports as staff, since the stricter check is the agency's.
     */
    public static ReporterKind capacityOf(RequestIdentity caller) {
        return caller.hasRole(Roles.EMPLOYEE) || caller.hasRole(Roles.COMPLIANCE_OFFICER) ? ReporterKind.EMPLOYEE
            : ReporterKind.AGENCY;
    }

    /**
     * The reporter as recorded: an agency with the contract it reports under (the one it named, or else the one
     * that entitles it). Only an agency works under a contract, so a report by staff that names one is refused: an
     * officer would otherwise read it as the contract the report was made under.
     */
    public static Reporter require(Reporter reporter, String tenant, LocalDate day, String namedContract,
                                   AgencyContracts contracts) {
        if (reporter.kind() != ReporterKind.AGENCY) {
            if (namedContract != null) {
                throw new ReportContractNotAllowedException("contractId: only an agency's report names the "
                    + "contract it was made under, and the service checks it; a report by the company's own staff "
                    + "names none, so leave contractId out");
            }
            return reporter;
        }
        List<AgencyContract> current;
        try {
            current = contracts.confirmed(tenant, reporter.actor());
        } catch (UpstreamBehindException unconfirmed) {
            return reporter.underContract(entitling(contracts.known(tenant, reporter.actor()), day, namedContract)
                .orElseThrow(() -> unconfirmed).contractId());
        }
        AgencyContract entitling = entitling(current, day, namedContract).orElseThrow(() ->
            new ReporterNotEligibleException(whyNot(reporter.actor(), tenant, day, namedContract, current)));
        return reporter.underContract(entitling.contractId());
    }

    private static Optional<AgencyContract> entitling(List<AgencyContract> contracts, LocalDate day,
                                                      String namedContract) {
        return contracts.stream()
            .filter(contract -> namedContract == null || contract.contractId().equals(namedContract))
            .filter(contract -> contract.inForceOn(day) && contract.monitorsMentionsOn(day))
            .findFirst();
    }

    private static String whyNot(String agency, String tenant, LocalDate day, String namedContract,
                                 List<AgencyContract> contracts) {
        String rule = "; an agency may report only under a contract in force with " + tenant
            + " whose scope includes mention monitoring and reporting";
        List<AgencyContract> relevant = contracts.stream()
            .filter(contract -> namedContract == null || contract.contractId().equals(namedContract))
            .toList();
        if (relevant.isEmpty()) {
            return namedContract == null ? "Agency '" + agency + "' holds no contract with " + tenant + rule
                : "Agency '" + agency + "' holds no contract " + namedContract + " with " + tenant + rule;
        }
        AgencyContract contract = relevant.stream().filter(c -> c.inForceOn(day)).findFirst()
            .orElse(relevant.get(relevant.size() - 1));
        if (contract.inForceFrom() == null) {
            return "Contract " + contract.contractId() + " is not signed yet" + rule;
        }
        if (day.isBefore(contract.inForceFrom())) {
            return "Contract " + contract.contractId() + " comes into force on " + contract.inForceFrom() + rule;
        }
        if (!contract.inForceOn(day)) {
            return "Contract " + contract.contractId() + " is no longer in force since " + contract.noLongerInForceFrom()
                + rule;
        }
        return "Contract " + contract.contractId() + " does not include mention monitoring and reporting in its "
            + "scope" + rule;
    }
}
