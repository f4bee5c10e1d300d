package org.socialgov.contract.api;

/**
 * Who acts on a contract, as the gateway vouched for them: the company whose records they act in (the tenant), who
 * they are, and whether they work for that company as one of its contract managers or as an agency. The contract
 * decides from this whether they may act for the party they name.
 */
public record ContractActor(String company, String id, boolean contractManager, boolean agency) {

    /** One of the company's contract managers. */
    public static ContractActor contractManager(String company, String id) {
        return new ContractActor(company, id, true, false);
    }

    /** An agency working for the company, identified as it is named as a contract's provider. */
    public static ContractActor agency(String company, String agencyId) {
        return new ContractActor(company, agencyId, false, true);
    }
}
