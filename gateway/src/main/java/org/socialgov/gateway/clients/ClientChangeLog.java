package org.socialgov.gateway.clients;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.socialgov.gateway.store.GatewayCollections;
import org.socialgov.gateway.store.MachineClientsFeature;

import static org.socialgov.gateway.clients.ClientFields.AT;
import static org.socialgov.gateway.clients.ClientFields.BY;
import static org.socialgov.gateway.clients.ClientFields.CHANGE;
import static org.socialgov.gateway.clients.ClientFields.CLIENT_ID;
import static org.socialgov.gateway.clients.ClientFields.NAME;
import static org.socialgov.gateway.clients.ClientFields.PROVIDER_ID;
import static org.socialgov.gateway.clients.ClientFields.ROLES;
import static org.socialgov.gateway.clients.ClientFields.SECRET_GENERATION;
import static org.socialgov.gateway.clients.ClientFields.TENANT;

/**
 * Every change of a client's access, in {@code client_changes}, so that an auditor can see who gave which system
 * access to the company's data, and when it changed. The gateway only ever inserts here, never updates or deletes;
 * a database account limited to {@code insert} and {@code find} on this collection makes that a guarantee.
 */
@Singleton
@Requires(property = MachineClientsFeature.MONGODB_URI, pattern = MachineClientsFeature.ON)
public class ClientChangeLog {

    private final GatewayCollections store;

    public ClientChangeLog(GatewayCollections store) {
        this.store = store;
    }

    void append(RegisteredClient client, ChangeKind change, Instant at, Actor by) {
        Document entry = new Document(CLIENT_ID, client.clientId())
            .append(TENANT, client.tenant())
            .append(CHANGE, change.name())
            .append(AT, Date.from(at))
            .append(BY, ClientDocuments.actor(by))
            .append(SECRET_GENERATION, client.secretGeneration());
        if (change == ChangeKind.REGISTERED) {
            // What was granted, as it was granted: the client document may say otherwise one day.
            entry.append(NAME, client.name()).append(ROLES, client.roles()).append(PROVIDER_ID, client.providerId());
        }
        store.changes().insertOne(entry);
    }

    /** The tenant's changes, newest first; of one client if {@code clientId} is given. */
    public List<ClientChange> list(String tenant, @Nullable String clientId, int limit) {
        Bson filter = clientId == null ? Filters.eq(TENANT, tenant)
            : Filters.and(Filters.eq(TENANT, tenant), Filters.eq(CLIENT_ID, clientId));
        List<ClientChange> changes = new ArrayList<>();
        store.changes().find(filter).sort(Sorts.descending(AT, "_id")).limit(limit)
            .forEach(entry -> changes.add(new ClientChange(entry.getString(CLIENT_ID), entry.getString(TENANT),
                ChangeKind.valueOf(entry.getString(CHANGE)), entry.getDate(AT).toInstant(),
                ClientDocuments.toActor(entry.get(BY, Document.class)), ClientDocuments.generation(entry))));
        return changes;
    }
}
