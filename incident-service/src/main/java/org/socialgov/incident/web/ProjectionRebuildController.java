package org.socialgov.incident.web;

import java.net.URI;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import org.socialgov.incident.web.generated.api.ProjectionRebuildApi;
import org.socialgov.platform.identity.Roles;
import org.socialgov.platform.rebuild.ProjectionRebuild;
import org.socialgov.platform.rebuild.ProjectionRebuildStatus;

/** Rebuilds the incident read models for every tenant: the operators' endpoint the platform implements. */
@Controller
@Secured(Roles.OPERATOR)
public class ProjectionRebuildController implements ProjectionRebuildApi {

    private static final URI STATUS = URI.create("/admin/incidents/projections/rebuild");

    private final ProjectionRebuild rebuild;

    public ProjectionRebuildController(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Override
    public HttpResponse<ProjectionRebuildStatus> startProjectionRebuild(String processingGroup) {
        return HttpResponse.accepted(STATUS).body(rebuild.start(processingGroup));
    }

    @Override
    public ProjectionRebuildStatus getProjectionRebuildStatus() {
        return rebuild.requireStatus();
    }
}
