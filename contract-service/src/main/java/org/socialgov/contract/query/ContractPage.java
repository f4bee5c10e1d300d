package org.socialgov.contract.query;

import java.util.List;

/** A page of contracts and the id to continue after, if there are more. */
public record ContractPage(List<ContractSummary> items, String lastContractIdIfMore) {
}
