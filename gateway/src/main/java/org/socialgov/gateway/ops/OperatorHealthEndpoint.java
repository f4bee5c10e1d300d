package org.socialgov.gateway.ops;

import java.security.Principal;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.security.authentication.Authentication;
import org.socialgov.gateway.identity.Roles;

/**
 * {@code /health} for anyone who asks (load balancers, Docker, the local suite), its details for operators only:
 * Micronaut can show them to everyone or to any caller with a token, and every user of the API has one. The services
 * have the same endpoint from the event-sourcing platform, which the gateway does not depend on.
 */
@Replaces(HealthEndpoint.class)
@Endpoint(value = HealthEndpoint.NAME, defaultSensitive = HealthEndpoint.DEFAULT_SENSITIVE)
public class OperatorHealthEndpoint extends HealthEndpoint {

    public OperatorHealthEndpoint(HealthAggregator<HealthResult> healthAggregator, HealthIndicator[] healthIndicators,
                                  @Liveness HealthIndicator[] livenessHealthIndicators) {
        super(healthAggregator, healthIndicators, livenessHealthIndicators);
    }

    @Override
    protected HealthLevelOfDetail levelOfDetail(Principal principal) {
        return principal instanceof Authentication caller && caller.getRoles().contains(Roles.OPERATOR)
            ? HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS : HealthLevelOfDetail.STATUS;
    }
}
