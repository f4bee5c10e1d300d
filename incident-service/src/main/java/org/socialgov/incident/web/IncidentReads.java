package org.socialgov.incident.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Singleton;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.socialgov.incident.api.FindIncidentQuery;
import org.socialgov.incident.api.RecordUnredactedReadCommand;
import org.socialgov.incident.domain.IncidentNotFoundException;
import org.socialgov.incident.domain.NeedToKnow;
import org.socialgov.incident.query.IncidentView;
import org.socialgov.incident.web.generated.model.Incident;
import org.socialgov.platform.axon.NoSuchAggregateException;
import org.socialgov.platform.identity.CurrentIdentity;
import org.socialgov.platform.identity.RequestIdentity;
import org.socialgov.platform.web.EntityTags;

/**
 * What the incident controllers share: who is asking, and reading an incident for them as {@link NeedToKnow}
 * allows. A read that shows the personal data to someone who did not write it is recorded on the incident first,
 * so that no such read leaves the service unrecorded.
 */
@Singleton
class IncidentReads {

    private final QueryGateway queryGateway;
    private final CommandGateway commandGateway;
    private final CurrentIdentity currentIdentity;
    private final Clock clock;

    IncidentReads(QueryGateway queryGateway, CommandGateway commandGateway, CurrentIdentity currentIdentity,
                  Clock clock) {
        this.clock = clock;
        this.queryGateway = queryGateway;
        this.commandGateway = commandGateway;
        this.currentIdentity = currentIdentity;
    }

    RequestIdentity caller() {
        return currentIdentity.require();
    }

    IncidentView find(String incidentId, Long version, Instant asOf) {
        return queryGateway.query(new FindIncidentQuery(incidentId, caller().tenant(), version, asOf),
            IncidentView.class).join();
    }

    /** The incident of the caller's tenant, if there is one by that id. */
    Optional<IncidentView> findIfExists(String incidentId) {
        try {
            return Optional.of(find(incidentId, null, null));
        } catch (RuntimeException e) {
            // The query bus wraps the handler's refusal; only "no such incident" means absent, anything else fails.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof NoSuchAggregateException) {
                    return Optional.empty();
                }
            }
            throw e;
        }
    }

    /** The incident as the caller may read it; 404 if they may not know of it. */
    HttpResponse<Incident> read(String incidentId, Long version, Instant asOf) {
        IncidentView current = find(incidentId, null, null);
        // Who may know of it is decided by the incident as it is now: a later reporter sees its past versions too.
        NeedToKnow.Access access = accessTo(current);
        boolean asItWas = version != null || asOf != null;
        IncidentView view = asItWas ? find(incidentId, version, asOf) : current;
        recordIfUnredacted(incidentId, access);
        if (!asItWas && access == NeedToKnow.Access.UNREDACTED_RECORDED) {
            // Read again after the record of the read, so that the version shown is the one that includes it.
            view = find(incidentId, null, null);
        }
        return HttpResponse.ok(IncidentModelMapper.toModel(view.incident(), access == NeedToKnow.Access.REDACTED))
            .header(HttpHeaders.ETAG, EntityTags.of(view.version()));
    }

    /** How much of the incident, as it is now, the caller may see; 404 if they may not know of it at all. */
    NeedToKnow.Access accessTo(String incidentId) {
        return accessTo(find(incidentId, null, null));
    }

    private NeedToKnow.Access accessTo(IncidentView current) {
        NeedToKnow.Access access = NeedToKnow.of(caller(), current.incident());
        if (access == NeedToKnow.Access.NONE) {
            throw new IncidentNotFoundException(current.incident().incidentId());
        }
        return access;
    }

    /**
     * Call once the answer is ready and before it is given: a read that shows the personal data to someone who did
     * not write it goes on the incident's record first (a refused request shows nothing and records nothing).
     */
    void recordIfUnredacted(String incidentId, NeedToKnow.Access access) {
        if (access == NeedToKnow.Access.UNREDACTED_RECORDED) {
            RequestIdentity caller = caller();
            commandGateway.sendAndWait(new RecordUnredactedReadCommand(incidentId, caller.tenant(), caller.actor(),
                Instant.now(clock)));
        }
    }

    /** The incident after a change: its handling, without the personal data (GET reads that, on the record). */
    HttpResponse<Incident> afterChange(String incidentId) {
        IncidentView view = find(incidentId, null, null);
        return HttpResponse.ok(IncidentModelMapper.toModel(view.incident(), true))
            .header(HttpHeaders.ETAG, EntityTags.of(view.version()));
    }
}
