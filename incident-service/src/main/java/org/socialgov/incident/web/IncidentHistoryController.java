package org.socialgov.incident.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import org.socialgov.incident.web.generated.api.IncidentHistoryApi;
import org.socialgov.incident.domain.Incident;
import org.socialgov.platform.audit.AggregateDiff;
import org.socialgov.platform.audit.AuditEventPage;
import org.socialgov.platform.audit.AuditTrail;
import org.socialgov.platform.audit.IntegrityReport;
import org.socialgov.platform.identity.Roles;

/**
 * An incident's record: its events page by page, what changed between two versions, and whether it is intact.
 * The diff compares the versions with the personal data redacted: it shows the handling, not the people.
 */
@Controller
@Secured({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
public class IncidentHistoryController implements IncidentHistoryApi {

    private static final int DEFAULT_PAGE_SIZE = 100;

    private final IncidentReads reads;
    private final AuditTrail auditTrail;

    public IncidentHistoryController(IncidentReads reads, AuditTrail auditTrail) {
        this.reads = reads;
        this.auditTrail = auditTrail;
    }

    @Override
    public AuditEventPage getIncidentHistory(String incidentId, Long after, Integer limit) {
        return auditTrail.history(Incident.class, incidentId, reads.caller().tenant(), after,
            limit == null ? DEFAULT_PAGE_SIZE : limit);
    }

    @Override
    public AggregateDiff diffIncidentVersions(String incidentId, Long from, Long to) {
        return auditTrail.diff(Incident.class, incidentId, reads.caller().tenant(), from, to,
            IncidentModelMapper.toModel(reads.find(incidentId, from, null).incident(), true),
            IncidentModelMapper.toModel(reads.find(incidentId, to, null).incident(), true));
    }

    @Override
    public IntegrityReport verifyIncidentIntegrity(String incidentId) {
        return auditTrail.verify(Incident.class, incidentId, reads.caller().tenant());
    }
}
