package org.socialgov.gateway.clients;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.gateway.store.GatewayCollections;
import org.socialgov.gateway.store.MachineClientsFeature;

import static org.socialgov.gateway.clients.ClientFields.CLIENT_ID;
import static org.socialgov.gateway.clients.ClientFields.CREATED_AT;
import static org.socialgov.gateway.clients.ClientFields.REVOKED_AT;
import static org.socialgov.gateway.clients.ClientFields.REVOKED_BY;
import static org.socialgov.gateway.clients.ClientFields.ROTATED_AT;
import static org.socialgov.gateway.clients.ClientFields.ROTATED_BY;
import static org.socialgov.gateway.clients.ClientFields.SECRET_GENERATION;
import static org.socialgov.gateway.clients.ClientFields.SECRET_HASH;
import static org.socialgov.gateway.clients.ClientFields.SECRET_SALT;
import static org.socialgov.gateway.clients.ClientFields.STATUS;
import static org.socialgov.gateway.clients.ClientFields.TENANT;

/**
 * The machine clients of every tenant, in the gateway's {@code clients} collection. Every read and change names the
 * tenant, so one company never sees or touches another's clients; only authentication and the per-request token
 * check look a client up by its id alone. Each change is then appended to the {@link ClientChangeLog}. The two
 * writes are not one transaction (the embedded store has none): the client is written first, so a failure in
 * between never logs a change that did not happen. Such a failure is not passed on to the caller, who would retry
 * a change already made (and lose the secret it was shown); the entry goes to the application log instead, at
 * ERROR level and marked as an audit gap, with everything the change log would have held.
 */
@Singleton
@Requires(property = MachineClientsFeature.MONGODB_URI, pattern = MachineClientsFeature.ON)
public class ClientRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ClientRegistry.class);
    private static final FindOneAndUpdateOptions RETURN_UPDATED =
        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);

    private final GatewayCollections store;
    private final ClientSecrets secrets;
    private final ClientChangeLog changeLog;
    private final ApplicationEventPublisher<ClientAccessChanged> accessChanges;
    private final Clock clock;

    public ClientRegistry(GatewayCollections store, ClientSecrets secrets, ClientChangeLog changeLog,
                          ApplicationEventPublisher<ClientAccessChanged> accessChanges, Clock clock) {
        this.store = store;
        this.secrets = secrets;
        this.changeLog = changeLog;
        this.accessChanges = accessChanges;
        this.clock = clock;
    }

    public IssuedSecret register(NewClient client, Actor by) {
        ClientSecrets.NewSecret secret = secrets.newSecret();
        Instant now = clock.instant();
        Document document = ClientDocuments.newClient(secrets.newClientId(), client, secret, now, by);
        store.clients().insertOne(document);
        RegisteredClient registered = ClientDocuments.toClient(document);
        record(registered, ChangeKind.REGISTERED, now, by);
        LOG.info("Registered client {} ('{}') of tenant {} with roles {} (by {})", registered.clientId(),
            registered.name(), registered.tenant(), registered.roles(), by);
        return new IssuedSecret(registered, secret.value());
    }

    public List<RegisteredClient> list(String tenant) {
        List<RegisteredClient> clients = new ArrayList<>();
        store.clients().find(Filters.eq(TENANT, tenant)).sort(Sorts.ascending(CREATED_AT, CLIENT_ID))
            .forEach(document -> clients.add(ClientDocuments.toClient(document)));
        return clients;
    }

    public RegisteredClient get(String tenant, String clientId) {
        return find(tenant, clientId).orElseThrow(() -> new ClientNotFoundException(clientId));
    }

    /** A new secret; the old one stops working for new tokens, and the tokens it got stop being accepted. */
    public IssuedSecret rotate(String tenant, String clientId, Actor by) {
        ClientSecrets.NewSecret secret = secrets.newSecret();
        Instant now = clock.instant();
        Document updated = store.clients().findOneAndUpdate(activeClient(tenant, clientId), Updates.combine(
            Updates.set(SECRET_SALT, new Binary(secret.salt())),
            Updates.set(SECRET_HASH, new Binary(secret.hash())),
            Updates.inc(SECRET_GENERATION, 1L),
            Updates.set(ROTATED_AT, Date.from(now)),
            Updates.set(ROTATED_BY, ClientDocuments.actor(by))), RETURN_UPDATED);
        if (updated == null) {
            get(tenant, clientId);
            throw new ClientRevokedException(clientId);
        }
        RegisteredClient rotated = ClientDocuments.toClient(updated);
        accessChanges.publishEvent(new ClientAccessChanged(clientId));
        record(rotated, ChangeKind.SECRET_ROTATED, now, by);
        LOG.info("Rotated the secret of client {} of tenant {} to generation {} (by {})", clientId, tenant,
            rotated.secretGeneration(), by);
        return new IssuedSecret(rotated, secret.value());
    }

    /** Revokes for good; its tokens stop working at once. Revoking a revoked client changes nothing. */
    public RegisteredClient revoke(String tenant, String clientId, Actor by) {
        Instant now = clock.instant();
        Document updated = store.clients().findOneAndUpdate(activeClient(tenant, clientId), Updates.combine(
            Updates.set(STATUS, ClientStatus.REVOKED.name()),
            Updates.set(REVOKED_AT, Date.from(now)),
            Updates.set(REVOKED_BY, ClientDocuments.actor(by))), RETURN_UPDATED);
        if (updated == null) {
            return get(tenant, clientId);
        }
        RegisteredClient revoked = ClientDocuments.toClient(updated);
        accessChanges.publishEvent(new ClientAccessChanged(clientId));
        record(revoked, ChangeKind.REVOKED, now, by);
        LOG.info("Revoked client {} of tenant {} (by {})", clientId, tenant, by);
        return revoked;
    }

    /** The active client with this id and secret, if both are right: what the token endpoint trusts. */
    public Optional<RegisteredClient> authenticate(String clientId, String secret) {
        Document document = store.clients().find(Filters.eq(CLIENT_ID, clientId)).first();
        if (document == null || !ClientStatus.ACTIVE.name().equals(document.getString(STATUS))
            || !secrets.matches(secret, ClientDocuments.salt(document), ClientDocuments.hash(document))) {
            return Optional.empty();
        }
        return Optional.of(ClientDocuments.toClient(document));
    }

    /** Whether tokens of this client may still be used, read for every request (through a short cache). */
    public ClientAccess access(String clientId) {
        return ClientDocuments.toAccess(store.clients().find(Filters.eq(CLIENT_ID, clientId))
            .projection(Projections.include(STATUS, SECRET_GENERATION)).first());
    }

    private Optional<RegisteredClient> find(String tenant, String clientId) {
        return Optional.ofNullable(store.clients().find(Filters.and(Filters.eq(TENANT, tenant),
            Filters.eq(CLIENT_ID, clientId))).first()).map(ClientDocuments::toClient);
    }

    private static Bson activeClient(String tenant, String clientId) {
        return Filters.and(Filters.eq(TENANT, tenant), Filters.eq(CLIENT_ID, clientId),
            Filters.eq(STATUS, ClientStatus.ACTIVE.name()));
    }

    private void record(RegisteredClient client, ChangeKind change, Instant at, Actor by) {
        try {
            changeLog.append(client, change, at, by);
        } catch (RuntimeException e) {
            LOG.error("AUDIT GAP: client {} of tenant {} was {} at {} by {}, but the change log entry could not be"
                + " written", client.clientId(), client.tenant(), change, at, by, e);
        }
    }
}
