package org.socialgov.incident.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import org.socialgov.incident.domain.NeedToKnow;
import org.socialgov.incident.web.generated.api.IncidentHistoryApi;
import org.socialgov.incident.domain.Incident;
import org.socialgov.platform.audit.AggregateDiff;
import org.socialgov.platform.audit.AuditEventPage;
import org.socialgov.platform.audit.AuditTrail;
import org.socialgov.platform.audit.IntegrityReport;
import org.socialgov.platform.identity.Roles;

/**
 * An incident's record: its events page by page, what changed between two versions, and whether it is intact. The
 * history and the diff show the personal data as {@link NeedToKnow} allows, like a read of the incident: redacted
 * to auditors; to officers as recorded, each such answer recorded on the incident before it is given.
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
        NeedToKnow.Access access = reads.accessTo(incidentId);
        AuditEventPage history = auditTrail.history(Incident.class, incidentId, reads.caller().tenant(), after,
            limit == null ? DEFAULT_PAGE_SIZE : limit);
        reads.recordIfUnredacted(incidentId, access);
        return access == NeedToKnow.Access.REDACTED ? RedactedRecord.of(history) : history;
    }

    @Override
    public AggregateDiff diffIncidentVersions(String incidentId, Long from, Long to) {
        NeedToKnow.Access access = reads.accessTo(incidentId);
        boolean redact = access == NeedToKnow.Access.REDACTED;
        AggregateDiff diff = auditTrail.diff(Incident.class, incidentId, reads.caller().tenant(), from, to,
            IncidentModelMapper.toModel(reads.find(incidentId, from, null).incident(), redact),
            IncidentModelMapper.toModel(reads.find(incidentId, to, null).incident(), redact));
        reads.recordIfUnredacted(incidentId, access);
        return redact ? RedactedRecord.of(diff) : diff;
    }

    @Override
    public IntegrityReport verifyIncidentIntegrity(String incidentId) {
        return auditTrail.verify(Incident.class, incidentId, reads.caller().tenant());
    }
}
