package org.socialgov.contract.web;

import java.time.OffsetDateTime;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import org.socialgov.contract.web.generated.api.ContractAuditApi;
import org.socialgov.platform.audit.AuditTrail;
import org.socialgov.platform.audit.EventExportFile;
import org.socialgov.platform.audit.TenantIntegrityReport;
import org.socialgov.platform.identity.CurrentIdentity;
import org.socialgov.platform.identity.Roles;

/** The record of all of a tenant's contracts, for its auditors: verification of every chain, and the export. */
@Controller
@Secured(Roles.AUDITOR)
public class ContractAuditController implements ContractAuditApi {

    private final AuditTrail auditTrail;
    private final CurrentIdentity currentIdentity;

    public ContractAuditController(AuditTrail auditTrail, CurrentIdentity currentIdentity) {
        this.auditTrail = auditTrail;
        this.currentIdentity = currentIdentity;
    }

    @Override
    public HttpResponse<StreamedFile> exportContractEvents(OffsetDateTime from, OffsetDateTime to,
                                                           String aggregateType) {
        return HttpResponse.ok(new EventExportFile(auditTrail.export(currentIdentity.require().tenant(),
            from == null ? null : from.toInstant(), to == null ? null : to.toInstant(), aggregateType)));
    }

    @Override
    public TenantIntegrityReport verifyContractRecords() {
        return auditTrail.verifyTenant(currentIdentity.require().tenant());
    }
}
