package org.socialgov.contract.domain;

import org.socialgov.contract.api.ContractActor;
import org.socialgov.contract.api.ContractParty;
import org.socialgov.contract.api.Provider;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * Who may act on a contract, and for which of its two parties (DOMAIN.md, 1): the client company acts through its
 * own contract managers, the provider only as itself. Anyone else must not learn that the contract exists: a person of
 * another company, or an agency that is not the provider, is answered exactly as for a contract that does not exist,
 * before any other rule is looked at. A party that names the other side is refused as acting beyond its role.
 */
record ContractParties(String contractId, String client, Provider provider) {

    /** A contract is drafted by one of the client company's own contract managers. */
    static void requireMayDraft(ContractActor actor) {
        if (!actor.contractManager()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only a contract manager drafts a contract");
        }
    }

    /** Refuses the actor as for a missing contract unless they are the client's contract manager or the provider. */
    void requireKnownTo(ContractActor actor) {
        if (!actsForClient(actor) && !isProvider(actor)) {
            throw new ContractNotFoundException(contractId);
        }
    }

    /** Refuses anyone who may not act for this party: as for a missing contract, or as beyond their role. */
    void requireMayActFor(ContractParty party, ContractActor actor) {
        requireKnownTo(actor);
        if (party == ContractParty.CLIENT && !actsForClient(actor)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the client's contract managers act for the client");
        }
        if (party == ContractParty.PROVIDER && !isProvider(actor)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the provider itself acts for the provider");
        }
    }

    private boolean actsForClient(ContractActor actor) {
        return actor.contractManager() && client.equals(actor.company());
    }

    /** The agency named as provider, working for the client: not another agency, not a person of the client. */
    private boolean isProvider(ContractActor actor) {
        return actor.agency() && client.equals(actor.company()) && provider.providerId().equals(actor.id());
    }
}
