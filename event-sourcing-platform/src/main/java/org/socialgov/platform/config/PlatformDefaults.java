package org.socialgov.platform.config;

import java.util.List;
import java.util.Map;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import io.micronaut.context.env.PropertySource;
import org.socialgov.platform.identity.Roles;

/**
 * Settings every service shares, so that each service's application.yml says only what is its own. A service's
 * application.yml and environment variables override these.
 */
@ContextConfigurer
public class PlatformDefaults implements ApplicationContextConfigurer {

    /** Below application.yml (which Micronaut loads at a higher order), so services can override anything here. */
    static final int PRIORITY = -500;

    @Override
    public void configure(ApplicationContextBuilder builder) {
        builder.propertySources(PropertySource.of("socialgov-platform-defaults", defaults(), PRIORITY));
    }

    static Map<String, Object> defaults() {
        return Map.ofEntries(
            // Handlers block on MongoDB: keep them off the event loop.
            Map.entry("micronaut.server.thread-selection", "BLOCKING"),
            // Mass assignment: a body field the operation does not take (state, version, actor, tenant...) is refused,
            // never silently dropped, so a client learns at once that it cannot set it.
            Map.entry("micronaut.serde.deserialization.ignore-unknown", false),
            Map.entry("micronaut.security.enabled", true),
            Map.entry("micronaut.security.reject-not-found", false),
            Map.entry("micronaut.security.token.jwt.signatures.secret.internal.secret",
                "${SOCIALGOV_INTERNAL_JWT_SECRET}"),
            Map.entry("micronaut.security.token.jwt.signatures.secret.internal.jws-algorithm", "HS256"),
            Map.entry("micronaut.security.token.roles-name", "roles"),
            // Only tokens the gateway issued: a second safeguard beside the secret the two share.
            Map.entry("micronaut.security.token.jwt.claims-validators.issuer", "socialgov-gateway"),
            // Management endpoints: only what is used. Health (liveness, readiness) for whoever checks the service
            // is up, its details for operators (OperatorHealthEndpoint); metrics, which span every tenant, for
            // operators. Every other endpoint (beans, routes, info, metrics, threaddump, refresh...) is off: 404.
            Map.entry("endpoints.all.enabled", false),
            Map.entry("endpoints.all.sensitive", true),
            Map.entry("endpoints.health.enabled", true),
            Map.entry("endpoints.health.sensitive", false),
            Map.entry("endpoints.prometheus.enabled", true),
            Map.entry("endpoints.prometheus.sensitive", true),
            Map.entry("micronaut.security.intercept-url-map", List.of(
                Map.of("pattern", "/prometheus", "access", List.of(Roles.OPERATOR)))),
            Map.entry("micronaut.metrics.enabled", true),
            Map.entry("micronaut.metrics.export.prometheus.enabled", true),
            Map.entry("micronaut.metrics.export.prometheus.descriptions", true),
            Map.entry("socialgov.store.uri", "${MONGODB_URI:}"),
            Map.entry("socialgov.store.data-dir", "${SOCIALGOV_DATA_DIR:./data}"));
    }
}
