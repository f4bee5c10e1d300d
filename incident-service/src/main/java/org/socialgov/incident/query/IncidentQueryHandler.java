package org.socialgov.incident.query;

import org.axonframework.modelling.command.AggregateNotFoundException;
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
        AggregateReader.Versioned<IncidentState> read;
        try {
            read = query.version() == null && query.asOf() == null
                ? aggregateReader.read(Incident.class, query.incidentId(), Incident::state)
                : aggregateReader.readAsOf(Incident.class, query.incidentId(),
                    new PointInHistory(query.version(), query.asOf()), Incident::state);
        } catch (AggregateNotFoundException e) {
            throw new IncidentNotFoundException(query.incidentId());
        }
        if (!read.value().tenant().equals(query.tenant())) {
            throw new IncidentNotFoundException(query.incidentId());
        }
        return new IncidentView(read.value(), read.version());
    }
}
