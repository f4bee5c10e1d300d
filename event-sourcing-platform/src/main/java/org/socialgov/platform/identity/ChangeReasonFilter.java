package org.socialgov.platform.identity;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Refuses a change whose {@link ChangeReason} is not well-formed before anything runs: no command is sent and no
 * Idempotency-Key is claimed, so the refusal leaves no trace and a retry with the header put right is a new attempt.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class ChangeReasonFilter implements Ordered {

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    public void refuseMalformedReason(HttpRequest<?> request) {
        ChangeReason.of(request);
    }
}
