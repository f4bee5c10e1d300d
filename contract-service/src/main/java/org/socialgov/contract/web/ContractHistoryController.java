package org.socialgov.contract.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import org.socialgov.contract.domain.Contract;
import org.socialgov.contract.web.generated.api.ContractHistoryApi;
import org.socialgov.platform.audit.AggregateDiff;
import org.socialgov.platform.audit.AuditEventPage;
import org.socialgov.platform.audit.AuditTrail;
import org.socialgov.platform.audit.IntegrityReport;
import org.socialgov.platform.axon.PointInHistory;
import org.socialgov.platform.identity.Roles;

/**
 * A contract's record: its events page by page, what changed between two versions, and whether the record is
 * intact. The caller must be able to see the contract (same tenant; an agency only its own).
 */
@Controller
@Secured({Roles.CONTRACT_MANAGER, Roles.AUDITOR})
public class ContractHistoryController implements ContractHistoryApi {

    private static final int DEFAULT_PAGE_SIZE = 100;

    private final ContractReads reads;
    private final AuditTrail auditTrail;

    public ContractHistoryController(ContractReads reads, AuditTrail auditTrail) {
        this.reads = reads;
        this.auditTrail = auditTrail;
    }

    @Override
    public AuditEventPage getContractHistory(String contractId, Long after, Integer limit) {
        return auditTrail.history(Contract.class, contractId, reads.caller().tenant(), after,
            limit == null ? DEFAULT_PAGE_SIZE : limit);
    }

    @Override
    public AggregateDiff diffContractVersions(String contractId, Long from, Long to) {
        return auditTrail.diff(Contract.class, contractId, reads.caller().tenant(), from, to,
            ContractModelMapper.toModel(reads.asOf(contractId, PointInHistory.atVersion(from))),
            ContractModelMapper.toModel(reads.asOf(contractId, PointInHistory.atVersion(to))));
    }

    @Override
    public IntegrityReport verifyContractIntegrity(String contractId) {
        return auditTrail.verify(Contract.class, contractId, reads.caller().tenant());
    }
}
