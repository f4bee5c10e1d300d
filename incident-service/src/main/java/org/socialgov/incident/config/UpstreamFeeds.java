package org.socialgov.incident.config;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.socialgov.incident.query.KnownAgencyContracts;
import org.socialgov.incident.query.KnownOfficialAccounts;
import org.socialgov.platform.upstream.UpstreamFeed;

/**
 * The other services whose facts incident-service needs (ARCHITECTURE.md, decision 2): contract-service, to know
 * which agencies may report, and policy-service, to know the official accounts. Their databases are in the same
 * MongoDB deployment; the names follow the services' own settings.
 */
@Factory
public class UpstreamFeeds {

    @Singleton
    @Named("contracts")
    UpstreamFeed contracts(@Value("${socialgov.upstream.contracts.database:contract-service}") String database) {
        return new UpstreamFeed(KnownAgencyContracts.PROCESSING_GROUP, database, "contract-service");
    }

    @Singleton
    @Named("official-accounts")
    UpstreamFeed officialAccounts(
        @Value("${socialgov.upstream.official-accounts.database:policy-service}") String database) {
        return new UpstreamFeed(KnownOfficialAccounts.PROCESSING_GROUP, database, "policy-service");
    }
}
