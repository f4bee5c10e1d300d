package org.socialgov.platform.testmodel;

import java.net.URI;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.socialgov.platform.axon.AggregateReader;
import org.socialgov.platform.axon.PointInHistory;
import org.socialgov.platform.idempotency.Idempotent;

/** A test-only endpoint shaped like a service's: map the request to a command, send it, answer. */
@Controller("/test-ledgers")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class LedgerController {

    private final CommandGateway commandGateway;
    private final AggregateReader aggregateReader;

    public LedgerController(CommandGateway commandGateway, AggregateReader aggregateReader) {
        this.commandGateway = commandGateway;
        this.aggregateReader = aggregateReader;
    }

    /** The balance now, or at a version, rebuilt from the ledger's events. */
    @Get("/{ledgerId}/balance")
    public Map<String, Long> read(String ledgerId, @Nullable @QueryValue Long version) {
        AggregateReader.Versioned<Long> read = version == null
            ? aggregateReader.read(Ledger.class, ledgerId, Ledger::balance)
            : aggregateReader.readAsOf(Ledger.class, ledgerId, PointInHistory.atVersion(version), Ledger::balance);
        return Map.of("balance", read.value(), "version", read.version());
    }

    @Post("/{ledgerId}")
    @Idempotent
    public HttpResponse<Void> open(String ledgerId) {
        commandGateway.sendAndWait(new OpenLedgerCommand(ledgerId));
        return HttpResponse.created(URI.create("/test-ledgers/" + ledgerId));
    }

    @Post("/{ledgerId}/entries/{amount}")
    @Idempotent
    public HttpResponse<Void> recordEntry(String ledgerId, long amount) {
        commandGateway.sendAndWait(new RecordEntryCommand(ledgerId, amount));
        return HttpResponse.noContent();
    }
}
