package org.socialgov.console.policyadmin;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import org.socialgov.console.gateway.ApiPaths;
import org.socialgov.console.gateway.GatewayApi;
import org.socialgov.console.session.ConsoleSession;
import org.socialgov.console.web.ChartFigures;
import org.socialgov.console.web.PageNotFoundException;
import org.socialgov.console.web.Pages;
import org.socialgov.console.web.Roles;

/**
 * "Compliance": for a published version, who is bound (everyone on staff now), who acknowledged it and who has not
 * yet, as a chart and a paged list of the people pending. Without a version named, the version in force.
 */
@Controller("/policy-admin")
@Produces(Pages.HTML)
public class ComplianceController {

    private final GatewayApi api;
    private final PolicyReads reads;

    public ComplianceController(GatewayApi api, PolicyReads reads) {
        this.api = api;
        this.reads = reads;
    }

    @Get("/compliance")
    public HttpResponse<?> inForce(HttpRequest<?> request, @Nullable @QueryValue Integer page) {
        ConsoleSession session = Pages.requireRole(request, Roles.COMPLIANCE_OFFICER);
        PolicySummary summary = reads.companyPolicy(session).orElse(null);
        PolicyRecord policy = summary == null ? null : reads.policy(session, summary.policyId());
        Integer version = policy == null ? null : reads.versionInForce(session, policy.policyId());
        if (version == null && policy != null) {
            version = policy.latestPublished().map(PolicyRecord.Version::versionNo).orElse(null);
        }
        if (version == null) {
            return HttpResponse.ok(Pages.view(request, "policyadmin-compliance", "Compliance", null));
        }
        return HttpResponse.ok(page(request, session, policy, version, AdminPaths.page(page)));
    }

    @Get("/policies/{policyId}/versions/{versionNo}/compliance")
    public HttpResponse<?> ofVersion(HttpRequest<?> request, @PathVariable String policyId,
                                     @PathVariable int versionNo, @Nullable @QueryValue Integer page) {
        ConsoleSession session = Pages.requireRole(request, Roles.COMPLIANCE_OFFICER);
        PolicyRecord policy = reads.policy(session, AdminPaths.policyId(policyId));
        return HttpResponse.ok(page(request, session, policy, AdminPaths.versionNo(versionNo),
            AdminPaths.page(page)));
    }

    private Object page(HttpRequest<?> request, ConsoleSession session, PolicyRecord policy, int versionNo,
                        int pageNo) {
        if (policy.version(versionNo).filter(PolicyRecord.Version::published).isEmpty()) {
            throw new PageNotFoundException();
        }
        ComplianceReport report = api.get(session, "/api/policies/" + ApiPaths.encode(policy.policyId())
            + "/versions/" + versionNo + "/compliance", ComplianceReport.class);
        ChartFigures chart = new ChartFigures("Who has acknowledged version " + versionNo + " of the "
            + report.bound() + " people bound by it", "doughnut", "Standing", List.of("People"), List.of(
                new ChartFigures.Row("Acknowledged", List.of(report.acknowledged().size())),
                new ChartFigures.Row("Pending", List.of(report.pending().size()))));
        List<Integer> published = policy.versions().stream().filter(PolicyRecord.Version::published)
            .map(PolicyRecord.Version::versionNo).toList();
        return Pages.view(request, "policyadmin-compliance", "Compliance with version " + versionNo,
            new CompliancePage(policy.policyId(), versionNo, report, chart, Slice.of(report.pending(), pageNo),
                published));
    }
}
