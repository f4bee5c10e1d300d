package org.socialgov.gateway.clients;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.types.Binary;

import static org.socialgov.gateway.clients.ClientFields.CLIENT_ID;
import static org.socialgov.gateway.clients.ClientFields.CREATED_AT;
import static org.socialgov.gateway.clients.ClientFields.CREATED_BY;
import static org.socialgov.gateway.clients.ClientFields.NAME;
import static org.socialgov.gateway.clients.ClientFields.PROVIDER_ID;
import static org.socialgov.gateway.clients.ClientFields.REVOKED_AT;
import static org.socialgov.gateway.clients.ClientFields.REVOKED_BY;
import static org.socialgov.gateway.clients.ClientFields.ROLES;
import static org.socialgov.gateway.clients.ClientFields.ROTATED_AT;
import static org.socialgov.gateway.clients.ClientFields.ROTATED_BY;
import static org.socialgov.gateway.clients.ClientFields.SECRET_GENERATION;
import static org.socialgov.gateway.clients.ClientFields.SECRET_HASH;
import static org.socialgov.gateway.clients.ClientFields.SECRET_SALT;
import static org.socialgov.gateway.clients.ClientFields.STATUS;
import static org.socialgov.gateway.clients.ClientFields.SUBJECT;
import static org.socialgov.gateway.clients.ClientFields.TENANT;

/** Between stored documents and the registry's records: the one place that knows the documents' shape. */
final class ClientDocuments {

    private ClientDocuments() {
    }

    static Document newClient(String clientId, NewClient client, ClientSecrets.NewSecret secret, Instant at,
                              Actor by) {
        return new Document(CLIENT_ID, clientId)
            .append(TENANT, client.tenant())
            .append(NAME, client.name())
            .append(ROLES, client.roles())
            .append(PROVIDER_ID, client.providerId())
            .append(SECRET_SALT, new Binary(secret.salt()))
            .append(SECRET_HASH, new Binary(secret.hash()))
            .append(SECRET_GENERATION, 1L)
            .append(STATUS, ClientStatus.ACTIVE.name())
            .append(CREATED_AT, Date.from(at))
            .append(CREATED_BY, actor(by));
    }

    static RegisteredClient toClient(Document document) {
        return new RegisteredClient(
            document.getString(CLIENT_ID),
            document.getString(TENANT),
            document.getString(NAME),
            List.copyOf(document.getList(ROLES, String.class)),
            document.getString(PROVIDER_ID),
            ClientStatus.valueOf(document.getString(STATUS)),
            generation(document),
            instant(document, CREATED_AT),
            toActor(document.get(CREATED_BY, Document.class)),
            instant(document, ROTATED_AT),
            toActor(document.get(ROTATED_BY, Document.class)),
            instant(document, REVOKED_AT),
            toActor(document.get(REVOKED_BY, Document.class)));
    }

    static ClientAccess toAccess(Document document) {
        if (document == null) {
            return ClientAccess.UNKNOWN;
        }
        return new ClientAccess(true, ClientStatus.ACTIVE.name().equals(document.getString(STATUS)),
            generation(document));
    }

    static byte[] salt(Document document) {
        return document.get(SECRET_SALT, Binary.class).getData();
    }

    static byte[] hash(Document document) {
        return document.get(SECRET_HASH, Binary.class).getData();
    }

    static Document actor(Actor actor) {
        Document document = new Document(SUBJECT, actor.subject());
        if (actor.clientId() != null) {
            document.append(CLIENT_ID, actor.clientId());
        }
        return document;
    }

    static Actor toActor(Document document) {
        return document == null ? null : new Actor(document.getString(SUBJECT), document.getString(CLIENT_ID));
    }

    static long generation(Document document) {
        return ((Number) document.get(SECRET_GENERATION)).longValue();
    }

    static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
