package org.socialgov.policy.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import org.axonframework.queryhandling.QueryGateway;
import org.socialgov.platform.identity.CurrentIdentity;
import org.socialgov.platform.identity.RequestIdentity;
import org.socialgov.platform.web.EntityTags;
import org.socialgov.policy.api.FindPolicyQuery;
import org.socialgov.policy.query.PolicyView;
import org.socialgov.policy.web.generated.model.Policy;

/** What the policy controllers share: who is asking, and reading the policy for that caller's tenant. */
@Singleton
class PolicyReads {

    private final QueryGateway queryGateway;
    private final CurrentIdentity currentIdentity;
    private final Clock clock;

    PolicyReads(QueryGateway queryGateway, CurrentIdentity currentIdentity, Clock clock) {
        this.queryGateway = queryGateway;
        this.currentIdentity = currentIdentity;
        this.clock = clock;
    }

    RequestIdentity caller() {
        return currentIdentity.require();
    }

    <R> R ask(Object query, Class<R> answer) {
        return queryGateway.query(query, answer).join();
    }

    PolicyView find(String policyId, Long version, Instant asOf) {
        return ask(new FindPolicyQuery(policyId, caller().tenant(), version, asOf), PolicyView.class);
    }

    HttpResponse<Policy> respond(MutableHttpResponse<Policy> response, PolicyView view) {
        return response.body(PolicyModelMapper.toModel(view)).header(HttpHeaders.ETAG, EntityTags.of(view.version()));
    }

    HttpResponse<Policy> current(String policyId) {
        return respond(HttpResponse.ok(), find(policyId, null, null));
    }

    /** The moment an act is recorded at, from the service's one clock. */
    Instant now() {
        return clock.instant();
    }

    /** The day a review or a read is dated by, in UTC as the roster's and the reminders' are. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDate todayIfAbsent(LocalDate date) {
        return date == null ? today() : date;
    }
}
