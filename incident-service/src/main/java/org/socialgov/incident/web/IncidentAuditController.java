package org.socialgov.incident.web;

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
import org.socialgov.incident.web.generated.api.IncidentAuditApi;

/**
 * The record of all of a tenant's data in the incident service, for its auditors: verification and export. The
 * export is redacted for every reader: it is the bulk path, and need-to-know is decided incident by incident (an
 * officer reads an incident's personal data through its read or history, each read recorded on it).
 */
@Controller
@Secured(Roles.AUDITOR)
public class IncidentAuditController implements IncidentAuditApi {

    private final AuditTrail auditTrail;
    private final CurrentIdentity currentIdentity;

    public IncidentAuditController(AuditTrail auditTrail, CurrentIdentity currentIdentity) {
        this.auditTrail = auditTrail;
        this.currentIdentity = currentIdentity;
    }

    @Override
    public HttpResponse<StreamedFile> exportIncidentEvents(OffsetDateTime from, OffsetDateTime to,
                                                           String aggregateType) {
        return HttpResponse.ok(new EventExportFile(auditTrail.export(currentIdentity.require().tenant(),
            from == null ? null : from.toInstant(), to == null ? null : to.toInstant(), aggregateType,
            RedactedRecord::of)));
    }

    @Override
    public TenantIntegrityReport verifyIncidentRecords() {
        return auditTrail.verifyTenant(currentIdentity.require().tenant());
    }
}
