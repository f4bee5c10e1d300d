package org.socialgov.incident.domain;

import java.time.LocalDate;
import java.util.List;

import org.socialgov.platform.upstream.UpstreamBehindException;

/**
 * The company's official accounts as registered in policy-service (ARCHITECTURE.md, decision 2). The known ones are
 * this service's local view, at hand while policy-service's record cannot be read; the confirmed ones are the same
 * view once it has caught up with that record.
 */
public interface OfficialAccounts {

    /** The accounts that were official on the day, as known here. */
    List<OfficialAccountHandle> activeOn(String tenant, LocalDate day);

    /**
     * @throws UpstreamBehindException when the view cannot be brought up to date
     *     just now
     */
    List<OfficialAccountHandle> confirmedActiveOn(String tenant, LocalDate day);

    /** For a flag, which must never hold up a report: the confirmed accounts if they can be had, else the known. */
    default List<OfficialAccountHandle> asCurrentAsPossibleOn(String tenant, LocalDate day) {
        try {
            return confirmedActiveOn(tenant, day);
        } catch (UpstreamBehindException unconfirmed) {
            return activeOn(tenant, day);
        }
    }
}
