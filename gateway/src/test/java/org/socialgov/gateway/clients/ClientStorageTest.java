package org.socialgov.gateway.clients;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.socialgov.gateway.MachineClientsTestSupport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** What the registry keeps in MongoDB: a salted hash of each secret, never the secret, and a log of every change. */
@MicronautTest
class ClientStorageTest extends MachineClientsTestSupport {

    @Test
    void givenRegisteredClients_thenOnlyASaltedHashOfEachSecretIsStored() {
        Credentials erp = register("acme", "Acme ERP", "CONTRACT_MANAGER");
        Credentials hr = register("acme", "Acme HR", "CONTRACT_MANAGER");

        Document stored = storedClient(erp.clientId());

        assertFalse(stored.toJson().contains(erp.secret()), stored.toJson());
        byte[] salt = stored.get("secretSalt", Binary.class).getData();
        assertEquals(16, salt.length);
        assertArrayEquals(ClientSecrets.hash(salt, erp.secret()), stored.get("secretHash", Binary.class).getData());
        byte[] otherSalt = storedClient(hr.clientId()).get("secretSalt", Binary.class).getData();
        assertFalse(Arrays.equals(salt, otherSalt), "every secret has its own salt");
        assertEquals("acme", stored.getString("tenant"));
        assertEquals("Acme ERP", stored.getString("name"));
        assertEquals(List.of("CONTRACT_MANAGER"), stored.getList("roles", String.class));
        assertEquals("ACTIVE", stored.getString("status"));
        assertEquals(1L, ((Number) stored.get("secretGeneration")).longValue());
        assertNotNull(stored.getDate("createdAt"));
        assertEquals("admin@acme", stored.get("createdBy", Document.class).getString("subject"));
    }

    @Test
    void givenRotationAndRevocation_thenTheChangeLogHoldsOneEntryPerChangeWithWhoAndWhen() {
        Credentials erp = register("acme", "Acme ERP", "AUDITOR");
        post("/api/clients/" + erp.clientId() + "/secret", adminOf("acme"));
        delete("/api/clients/" + erp.clientId(), adminOf("acme"));

        List<Document> log = store().getCollection("client_changes").find(Filters.eq("clientId", erp.clientId()))
            .sort(Sorts.ascending("at", "_id")).into(new ArrayList<>());

        assertEquals(List.of("REGISTERED", "SECRET_ROTATED", "REVOKED"),
            log.stream().map(entry -> entry.getString("change")).toList());
        assertEquals(List.of(1L, 2L, 2L),
            log.stream().map(entry -> ((Number) entry.get("secretGeneration")).longValue()).toList());
        assertEquals(List.of("AUDITOR"), log.get(0).getList("roles", String.class));
        for (Document entry : log) {
            assertEquals("acme", entry.getString("tenant"));
            assertEquals("admin@acme", entry.get("by", Document.class).getString("subject"));
            assertNotNull(entry.get("at", Date.class));
        }
        Document stored = storedClient(erp.clientId());
        assertEquals("REVOKED", stored.getString("status"));
        assertNotNull(stored.getDate("rotatedAt"));
        assertNotNull(stored.getDate("revokedAt"));
    }

    private Document storedClient(String clientId) {
        return store().getCollection("clients").find(Filters.eq("clientId", clientId)).first();
    }
}
