package org.socialgov.gateway.clients;

import java.net.URI;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.socialgov.gateway.identity.InternalTokenIssuer;
import org.socialgov.gateway.identity.Roles;
import org.socialgov.gateway.store.MachineClientsFeature;

/**
 * A company's machine clients, managed by its own enterprise admins: the tenant is always the caller's, never taken
 * from the request, so nobody can register, see, rotate or revoke another company's clients (theirs answer 404).
 * Auditors may read the change log. Secrets appear only in the answers to registration and rotation, which no cache
 * may keep. Runs on the blocking pool: every operation is a MongoDB call.
 */
@Controller("/api/clients")
@Secured(Roles.ENTERPRISE_ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = MachineClientsFeature.MONGODB_URI, pattern = MachineClientsFeature.ON)
public class ClientsController {

    private static final String NO_STORE = "no-store";

    private final ClientRegistry registry;
    private final ClientChangeLog changeLog;

    public ClientsController(ClientRegistry registry, ClientChangeLog changeLog) {
        this.registry = registry;
        this.changeLog = changeLog;
    }

    @Post
    public HttpResponse<ClientWithSecret> register(@Valid @Body ClientRegistrationRequest request,
                                                   Authentication caller) {
        IssuedSecret issued = registry.register(request.forTenant(tenantOf(caller)), Actor.of(caller));
        return HttpResponse.created(ClientWithSecret.of(issued),
                URI.create("/api/clients/" + issued.client().clientId()))
            .header(HttpHeaders.CACHE_CONTROL, NO_STORE);
    }

    @Get
    public ClientList list(Authentication caller) {
        return new ClientList(registry.list(tenantOf(caller)));
    }

    @Get("/changes")
    @Secured({Roles.ENTERPRISE_ADMIN, Roles.AUDITOR})
    public ClientChangeList changes(@Nullable @QueryValue String clientId,
                                    @Nullable @QueryValue @Min(1) @Max(1000) Integer limit,
                                    Authentication caller) {
        return new ClientChangeList(changeLog.list(tenantOf(caller), clientId, limit == null ? 100 : limit));
    }

    @Get("/{clientId}")
    public RegisteredClient read(String clientId, Authentication caller) {
        return registry.get(tenantOf(caller), clientId);
    }

    @Post("/{clientId}/secret")
    public HttpResponse<ClientWithSecret> rotate(String clientId, Authentication caller) {
        IssuedSecret issued = registry.rotate(tenantOf(caller), clientId, Actor.of(caller));
        return HttpResponse.ok(ClientWithSecret.of(issued)).header(HttpHeaders.CACHE_CONTROL, NO_STORE);
    }

    @Delete("/{clientId}")
    public HttpResponse<Void> revoke(String clientId, Authentication caller) {
        registry.revoke(tenantOf(caller), clientId, Actor.of(caller));
        return HttpResponse.noContent();
    }

    private static String tenantOf(Authentication caller) {
        return (String) caller.getAttributes().get(InternalTokenIssuer.TENANT_CLAIM);
    }
}
