package org.socialgov.incident.config;

import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;
import org.socialgov.incident.domain.Incident;
import org.socialgov.platform.axon.EventSourcedModel;

/** The aggregates of the incident service. */
@Singleton
public class IncidentModel implements EventSourcedModel {

    @Override
    public List<Class<?>> aggregateTypes() {
        return List.of(Incident.class);
    }

    @Override
    public Map<Class<?>, String> integrityReports() {
        return Map.of(Incident.class, "/incidents/{id}/integrity");
    }
}
