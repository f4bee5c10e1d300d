package org.socialgov.contract.query;

import java.util.List;

import org.socialgov.contract.api.ReviewFinding;

/** The checklist's findings on a contract's terms as of {@code version}, and whether they allow signature. */
public record ContractReviewView(String contractId, long version, List<ReviewFinding> findings, boolean signable) {
}
