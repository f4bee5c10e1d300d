package org.socialgov.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.socialgov.incident.domain.AgencyContract;
import org.socialgov.incident.domain.AgencyContracts;
import org.socialgov.platform.upstream.UpstreamBehindException;
import org.socialgov.platform.upstream.UpstreamFeed;

/**
 * Agencies' contracts for aggregate tests: what contract-service has recorded, and how much of it this service's
 * view has seen yet (all of it, unless a test says the view is behind or contract-service's record unreachable).
 */
public final class InMemoryAgencyContracts implements AgencyContracts {

    private final Map<String, List<AgencyContract>> recorded = new HashMap<>();
    private final Map<String, List<AgencyContract>> seen = new HashMap<>();
    private boolean reachable = true;

    /** Recorded by contract-service and already seen here. */
    public InMemoryAgencyContracts holding(String tenant, String agency, AgencyContract contract) {
        recordedOnly(tenant, agency, contract);
        seen.computeIfAbsent(tenant + "/" + agency, key -> new ArrayList<>()).add(contract);
        return this;
    }

    /** Recorded by contract-service a moment ago: this service's view has not caught up yet. */
    public InMemoryAgencyContracts recordedOnly(String tenant, String agency, AgencyContract contract) {
        recorded.computeIfAbsent(tenant + "/" + agency, key -> new ArrayList<>()).add(contract);
        return this;
    }

    /** Seen here, but contract-service's record has moved on since (e.g. the contract ended a moment ago). */
    public InMemoryAgencyContracts seenOnly(String tenant, String agency, AgencyContract contract) {
        seen.computeIfAbsent(tenant + "/" + agency, key -> new ArrayList<>()).add(contract);
        return this;
    }

    /** contract-service's record cannot be read to confirm anything. */
    public InMemoryAgencyContracts unreachable() {
        reachable = false;
        return this;
    }

    @Override
    public List<AgencyContract> known(String tenant, String agency) {
        return seen.getOrDefault(tenant + "/" + agency, List.of());
    }

    @Override
    public List<AgencyContract> confirmed(String tenant, String agency) {
        if (!reachable) {
            throw new UpstreamBehindException(new UpstreamFeed("contract-facts", "contract-service",
                "contract-service"));
        }
        return recorded.getOrDefault(tenant + "/" + agency, List.of());
    }
}
