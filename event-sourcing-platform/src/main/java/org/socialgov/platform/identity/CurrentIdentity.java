package org.socialgov.platform.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;

/**
 * The one class through which services learn who is calling. The identity comes from the gateway's signed
 * internal token, verified by micronaut-security; nothing here trusts a plain header.
 */
@Singleton
public class CurrentIdentity {

    /** The claim in which the gateway puts the tenant the caller acts for. */
    public static final String TENANT_CLAIM = "tenant";
    /** The claim in which the gateway names the machine client that acts (RFC 9068); absent for a person. */
    public static final String CLIENT_ID_CLAIM = "client_id";

    private final SecurityService securityService;

    public CurrentIdentity(SecurityService securityService) {
        this.securityService = securityService;
    }

    public Optional<RequestIdentity> find() {
        return securityService.getAuthentication().flatMap(CurrentIdentity::toIdentity);
    }

    /** The caller's identity; the security rules guarantee one exists on every non-public route. */
    public RequestIdentity require() {
        return find().orElseThrow(() -> new IllegalStateException(
            "No verified identity on this request; the route must not be anonymous"));
    }

    /** The audit metadata of the current request: identity plus request id, trace and reason when present. */
    public Map<String, Object> auditMetaData() {
        Map<String, Object> metaData = new HashMap<>();
        find().ifPresent(identity -> {
            metaData.put(AuditMetaData.TENANT, identity.tenant());
            metaData.put(AuditMetaData.ACTOR, identity.actor());
            metaData.put(AuditMetaData.ACTOR_ROLE, String.join(",", identity.roles()));
            if (identity.clientId() != null) {
                metaData.put(AuditMetaData.CLIENT_ID, identity.clientId());
            }
        });
        ServerRequestContext.currentRequest().ifPresent(request -> {
            copyHeader(request, AuditMetaData.REQUEST_ID_HEADER, AuditMetaData.REQUEST_ID, metaData);
            copyHeader(request, AuditMetaData.TRACEPARENT_HEADER, AuditMetaData.TRACEPARENT, metaData);
            copyHeader(request, AuditMetaData.IDEMPOTENCY_KEY_HEADER, AuditMetaData.IDEMPOTENCY_KEY, metaData);
            ChangeReason.of(request).ifPresent(reason -> metaData.put(AuditMetaData.REASON, reason));
        });
        return metaData;
    }

    private static void copyHeader(HttpRequest<?> request, String header, String key, Map<String, Object> target) {
        String value = request.getHeaders().get(header);
        if (value != null && !value.isBlank()) {
            target.put(key, value);
        }
    }

    private static Optional<RequestIdentity> toIdentity(Authentication authentication) {
        Object tenant = authentication.getAttributes().get(TENANT_CLAIM);
        if (!(tenant instanceof String tenantId) || tenantId.isBlank()) {
            return Optional.empty();
        }
        Collection<String> roles = authentication.getRoles();
        Object clientId = authentication.getAttributes().get(CLIENT_ID_CLAIM);
        return Optional.of(new RequestIdentity(authentication.getName(), tenantId, List.copyOf(roles),
            clientId instanceof String id && !id.isBlank() ? id : null));
    }
}
