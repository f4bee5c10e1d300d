package org.socialgov.incident.domain;

import java.util.List;

/**
 * The contracts an agency holds with a company, as recorded by contract-service (ARCHITECTURE.md, decision 2). The
 * known ones are this service's local view, at hand even while contract-service's record cannot be read; the
 * confirmed ones are the same view once it has caught up with that record.
 */
public interface AgencyContracts {

    List<AgencyContract> known(String tenant, String agency);

    /**
     * @throws org.socialgov.platform.upstream.UpstreamBehindException when the view cannot be brought up to date
     *     just now
     */
    List<AgencyContract> confirmed(String tenant, String agency);
}
