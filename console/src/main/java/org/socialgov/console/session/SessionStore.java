package org.socialgov.console.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.socialgov.console.config.ConsoleSettings;

/**
 * Sessions in the console's own database (collection {@code sessions}), keyed by the SHA-256 of their id. An
 * expired session is never answered (and MongoDB's TTL index removes it later). Signing in replaces the session
 * with a new one under a new id, so an id planted in the browser before sign-in is worth nothing after it.
 */
@Singleton
public class SessionStore {

    static final Duration ANONYMOUS_LIFETIME = Duration.ofHours(1);

    private final MongoCollection<Document> sessions;
    private final Duration signedInLifetime;
    private final Clock clock;

    public SessionStore(MongoDatabase database, ConsoleSettings settings) {
        this(database, settings, Clock.systemUTC());
    }

    SessionStore(MongoDatabase database, ConsoleSettings settings, Clock clock) {
        this.sessions = database.getCollection("sessions");
        this.signedInLifetime = settings.getSessionLifetime();
        this.clock = clock;
        sessions.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    /** A session for a browser that has none yet: only a CSRF token, for the sign-in form. */
    public ConsoleSession startAnonymous() {
        ConsoleSession session = new ConsoleSession(SessionIds.random(), SessionIds.random(), null, null, List.of(),
            null, clock.instant().plus(ANONYMOUS_LIFETIME));
        save(session);
        return session;
    }

    public Optional<ConsoleSession> find(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) {
            return Optional.empty();
        }
        Document stored = sessions.find(Filters.eq("_id", SessionIds.storedKey(sessionId))).first();
        if (stored == null) {
            return Optional.empty();
        }
        ConsoleSession session = fromDocument(sessionId, stored);
        if (session.expiredAt(clock.instant())) {
            delete(sessionId);
            return Optional.empty();
        }
        return Optional.of(session);
    }

    /**
     * Ends {@code before} and starts a signed-in session under a new id and a new CSRF token. It lives as long as
     * the token, at most the configured session lifetime.
     */
    public ConsoleSession signIn(ConsoleSession before, String person, String company, List<String> roles,
                                 String accessToken, Instant tokenExpiresAt) {
        delete(before.id());
        Instant latest = clock.instant().plus(signedInLifetime);
        ConsoleSession session = new ConsoleSession(SessionIds.random(), SessionIds.random(), person, company,
            List.copyOf(roles), accessToken, tokenExpiresAt.isBefore(latest) ? tokenExpiresAt : latest);
        save(session);
        return session;
    }

    public void delete(String sessionId) {
        sessions.deleteOne(Filters.eq("_id", SessionIds.storedKey(sessionId)));
    }

    private void save(ConsoleSession session) {
        Document document = new Document("_id", SessionIds.storedKey(session.id()))
            .append("csrfToken", session.csrfToken())
            .append("person", session.person())
            .append("company", session.company())
            .append("roles", session.roles())
            .append("accessToken", session.accessToken())
            .append("expiresAt", Date.from(session.expiresAt()));
        sessions.insertOne(document);
    }

    private static ConsoleSession fromDocument(String sessionId, Document stored) {
        return new ConsoleSession(sessionId, stored.getString("csrfToken"), stored.getString("person"),
            stored.getString("company"), stored.getList("roles", String.class, List.of()),
            stored.getString("accessToken"), stored.getDate("expiresAt").toInstant());
    }
}
