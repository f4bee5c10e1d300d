package org.socialgov.policy.web;

import java.time.OffsetDateTime;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import org.socialgov.platform.audit.AuditTrail;
import org.socialgov.platform.audit.EventExportFile;
import org.socialgov.platform.audit.TenantIntegrityReport;
import org.socialgov.platform.identity.CurrentIdentity;
import org.socialgov.platform.identity.Roles;
import org.socialgov.policy.web.generated.api.PolicyAuditApi;

/** The record of all of a tenant's data in the policy service, for its auditors: verification and export. */
@Controller
@Secured(Roles.AUDITOR)
public class PolicyAuditController implements PolicyAuditApi {

    private final AuditTrail auditTrail;
    private final CurrentIdentity currentIdentity;

    public PolicyAuditController(AuditTrail auditTrail, CurrentIdentity currentIdentity) {
        this.auditTrail = auditTrail;
        this.currentIdentity = currentIdentity;
    }

    @Override
    public HttpResponse<StreamedFile> exportPolicyEvents(OffsetDateTime from, OffsetDateTime to,
                                                         String aggregateType) {
        return HttpResponse.ok(new EventExportFile(auditTrail.export(currentIdentity.require().tenant(),
            from == null ? null : from.toInstant(), to == null ? null : to.toInstant(), aggregateType)));
    }

    @Override
    public TenantIntegrityReport verifyPolicyRecords() {
        return auditTrail.verifyTenant(currentIdentity.require().tenant());
    }
}
