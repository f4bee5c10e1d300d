package org.socialgov.gateway.routing;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Says at startup where each route leads: the first thing to check when a request lands in the wrong place. */
@Singleton
class RouteReport implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(RouteReport.class);

    private final RouteTable routes;

    RouteReport(RouteTable routes) {
        this.routes = routes;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        LOG.info("Gateway listening on {} with {} routes", event.getSource().getURL(), routes.routes().size());
        for (Route route : routes.routes()) {
            LOG.info("  {}/** -> {}/** ({})", route.prefix(), route.serviceBase(),
                route.anonymous() ? "public, no identity forwarded" : "bearer token required");
        }
        routes.console().ifPresent(console -> LOG.info("  every other path ({} excepted) -> {} (the web console)",
            RouteTable.OWN_PATHS_DESCRIPTION, console.serviceBase()));
    }
}
