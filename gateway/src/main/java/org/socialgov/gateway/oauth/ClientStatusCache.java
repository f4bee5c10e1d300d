package org.socialgov.gateway.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.socialgov.gateway.clients.ClientAccess;
import org.socialgov.gateway.clients.ClientAccessChanged;
import org.socialgov.gateway.clients.ClientRegistry;
import org.socialgov.gateway.store.MachineClientsFeature;

/**
 * What the gateway last read about each client, kept for a few seconds ({@code socialgov.gateway.client-tokens
 * .status-cache}, default 5 s, at most 30 s) so that a busy client does not cost a database read per request. That
 * is the bound on how late another gateway instance notices a revocation or rotation; this instance forgets the
 * client at once when the change is made through it. Holds one small entry per client that used a token recently,
 * and only tokens with a valid signature get here, so strangers cannot fill it.
 */
@Singleton
@Requires(property = MachineClientsFeature.MONGODB_URI, pattern = MachineClientsFeature.ON)
public class ClientStatusCache implements ApplicationEventListener<ClientAccessChanged> {

    private final Function<String, ClientAccess> loader;
    private final Duration timeToLive;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    public ClientStatusCache(ClientRegistry registry, ClientTokenSettings settings, Clock clock) {
        this(registry::access, settings.getStatusCache(), clock);
    }

    ClientStatusCache(Function<String, ClientAccess> loader, Duration timeToLive, Clock clock) {
        if (timeToLive.isNegative() || timeToLive.compareTo(ClientTokenSettings.MAX_STATUS_CACHE) > 0) {
            throw new ConfigurationException("socialgov.gateway.client-tokens.status-cache is " + timeToLive
                + "; it must be between 0 and " + ClientTokenSettings.MAX_STATUS_CACHE.toSeconds() + " s");
        }
        this.loader = loader;
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    /** The client's access as read less than the time-to-live ago, if this gateway has it. */
    public Optional<ClientAccess> fresh(String clientId) {
        Entry entry = entries.get(clientId);
        Instant now = clock.instant();
        if (entry == null || !now.isBefore(entry.readAt().plus(timeToLive))) {
            return Optional.empty();
        }
        return Optional.of(entry.access());
    }

    /** Reads the client's access from the registry (a blocking MongoDB read) and keeps it. */
    public ClientAccess load(String clientId) {
        Instant readAt = clock.instant();
        ClientAccess access = loader.apply(clientId);
        entries.put(clientId, new Entry(access, readAt));
        return access;
    }

    public Duration timeToLive() {
        return timeToLive;
    }

    @Override
    public void onApplicationEvent(ClientAccessChanged event) {
        entries.remove(event.clientId());
    }

    private record Entry(ClientAccess access, Instant readAt) {
    }
}
