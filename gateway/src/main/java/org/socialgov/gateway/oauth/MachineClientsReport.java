package org.socialgov.gateway.oauth;

import java.util.Optional;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialgov.gateway.ops.RegisterClientCommand;
import org.socialgov.gateway.store.GatewayCollections;
import org.socialgov.gateway.store.MachineClientsFeature;

/**
 * Says at startup whether machine clients are on, and with which bounds, so that "why does the token endpoint
 * answer 404" is answered by the first lines of the log. Asking for the issuer and the cache here also checks
 * their settings at startup rather than at the first token request. Silent in the register-client command.
 */
@Singleton
@Requires(notEnv = RegisterClientCommand.ENVIRONMENT)
class MachineClientsReport implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(MachineClientsReport.class);

    private final Optional<GatewayCollections> store;
    private final Optional<ClientTokenIssuer> issuer;
    private final Optional<ClientStatusCache> cache;

    MachineClientsReport(Optional<GatewayCollections> store, Optional<ClientTokenIssuer> issuer,
                         Optional<ClientStatusCache> cache) {
        this.store = store;
        this.issuer = issuer;
        this.cache = cache;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (store.isEmpty() || issuer.isEmpty() || cache.isEmpty()) {
            LOG.info("{}; POST /api/oauth/token and /api/clients answer 404", MachineClientsFeature.OFF_REASON);
            return;
        }
        LOG.info("Machine clients are on: registry in MongoDB database '{}'; POST /api/oauth/token issues tokens"
                + " for {} s; a revocation or rotation reaches the other gateway instances within {} s",
            store.get().databaseName(), issuer.get().lifetime().toSeconds(), cache.get().timeToLive().toSeconds());
    }
}
