package org.socialgov.incident.query;

import java.util.function.Function;

import org.axonframework.queryhandling.QueryHandler;
import org.socialgov.incident.api.FindIncidentQuery;
import org.socialgov.incident.domain.Incident;
import org.socialgov.incident.domain.IncidentNotFoundException;
import org.socialgov.incident.domain.IncidentState;
import org.socialgov.platform.axon.AggregateReader;
import org.socialgov.platform.axon.AxonMessageHandlers;
import org.socialgov.platform.axon.PointInHistory;

/** Answers for one incident from its own events (ARCHITECTURE.md, decision 1): current right after a change. */
@AxonMessageHandlers
public class IncidentQueryHandler {

    private final AggregateReader aggregateReader;

    public IncidentQueryHandler(AggregateReader aggregateReader) {
        this.aggregateReader = aggregateReader;
    }

    @QueryHandler
    public IncidentView handle(FindIncidentQuery query) {
        Function<Incident, IncidentState> visible = incident -> visibleTo(query, incident.state());
        AggregateReader.Versioned<IncidentState> read = query.version() == null && query.asOf() == null
            ? aggregateReader.read(Incident.class, query.incidentId(), visible)
            : aggregateReader.readAsOf(Incident.class, query.incidentId(),
                new PointInHistory(query.version(), query.asOf()), visible);
        return new IncidentView(read.value(), read.version());
    }

    /** Another company's incident does not exist as far as it can tell, at whatever point it asks about. */
    private static IncidentState visibleTo(FindIncidentQuery query, IncidentState incident) {
        if (!incident.tenant().equals(query.tenant())) {
            throw new IncidentNotFoundException(query.incidentId());
        }
        return incident;
    }
}
