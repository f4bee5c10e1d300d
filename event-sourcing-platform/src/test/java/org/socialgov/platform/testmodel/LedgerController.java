package org.socialgov.platform.testmodel;

import java.net.URI;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.socialgov.platform.idempotency.Idempotent;

/** A test-only endpoint shaped like a service's: map the request to a command, send it, answer. */
@Controller("/test-ledgers")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class LedgerController {

    private final CommandGateway commandGateway;

    public LedgerController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
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
