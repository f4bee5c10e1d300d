package org.socialgov.policy.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import org.socialgov.platform.audit.AggregateDiff;
import org.socialgov.platform.audit.AuditEventPage;
import org.socialgov.platform.audit.AuditTrail;
import org.socialgov.platform.audit.IntegrityReport;
import org.socialgov.platform.identity.Roles;
import org.socialgov.policy.domain.SocialMediaPolicy;
import org.socialgov.policy.web.generated.api.PolicyHistoryApi;

/** A policy's record: its events page by page, what changed between two versions, and whether it is intact. */
@Controller
@Secured({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
public class PolicyHistoryController implements PolicyHistoryApi {

    private static final int DEFAULT_PAGE_SIZE = 100;

    private final PolicyReads reads;
    private final AuditTrail auditTrail;

    public PolicyHistoryController(PolicyReads reads, AuditTrail auditTrail) {
        this.reads = reads;
        this.auditTrail = auditTrail;
    }

    @Override
    public AuditEventPage getPolicyHistory(String policyId, Long after, Integer limit) {
        return auditTrail.history(SocialMediaPolicy.class, policyId, reads.caller().tenant(), after, limit == null ? DEFAULT_PAGE_SIZE : limit);
    }

    @Override
    public AggregateDiff diffPolicyVersions(String policyId, Long from, Long to) {
        return auditTrail.diff(SocialMediaPolicy.class, policyId, reads.caller().tenant(), from, to,
            PolicyModelMapper.toModel(reads.find(policyId, from, null)),
            PolicyModelMapper.toModel(reads.find(policyId, to, null)));
    }

    @Override
    public IntegrityReport verifyPolicyIntegrity(String policyId) {
        return auditTrail.verify(SocialMediaPolicy.class, policyId, reads.caller().tenant());
    }
}
