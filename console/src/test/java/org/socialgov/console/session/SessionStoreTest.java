package org.socialgov.console.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialgov.console.config.ConsoleSettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private static MongoServer server;
    private static MongoClient client;
    private static MongoDatabase database;

    @BeforeAll
    static void startStore() {
        server = new MongoServer(H2Backend.inMemory());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        database = client.getDatabase("console");
    }

    @AfterAll
    static void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void givenSignedInSession_whenTheTokenOrTheLifetimeEnds_thenTheSessionIsGone() {
        SessionStore store = store(NOW);
        ConsoleSession signedIn = store.signIn(store.startAnonymous(), "emi", "acme", List.of("EMPLOYEE"), "t-emi",
            NOW.plus(Duration.ofHours(1)));

        assertEquals(NOW.plus(Duration.ofHours(1)), signedIn.expiresAt(), "no longer than the token");
        assertTrue(store(NOW.plus(Duration.ofMinutes(59))).find(signedIn.id()).isPresent());
        assertTrue(store(NOW.plus(Duration.ofHours(1))).find(signedIn.id()).isEmpty());
        ConsoleSession longToken = store.signIn(store.startAnonymous(), "emi", "acme", List.of("EMPLOYEE"), "t-emi",
            NOW.plus(Duration.ofDays(30)));
        assertEquals(NOW.plus(Duration.ofHours(8)), longToken.expiresAt(), "no longer than the session lifetime");
    }

    @Test
    void givenSession_thenTheStoreKeepsOnlyTheHashOfItsId() {
        SessionStore store = store(NOW);
        ConsoleSession session = store.startAnonymous();

        assertEquals(0, database.getCollection("sessions").countDocuments(Filters.eq("_id", session.id())));
        assertEquals(1, database.getCollection("sessions").countDocuments(
            Filters.eq("_id", SessionIds.storedKey(session.id()))));
        assertNotEquals(session.id(), session.csrfToken());
        assertFalse(session.signedIn());
    }

    private static SessionStore store(Instant now) {
        ConsoleSettings settings = new ConsoleSettings();
        settings.setSessionLifetime(Duration.ofHours(8));
        return new SessionStore(database, settings, Clock.fixed(now, ZoneOffset.UTC));
    }
}
