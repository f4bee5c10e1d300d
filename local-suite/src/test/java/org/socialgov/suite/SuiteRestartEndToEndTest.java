package org.socialgov.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.client.contract.ApiException;
import org.socialgov.client.contract.model.Contract;
import org.socialgov.client.contract.model.AuditEventPage;

class SuiteRestartEndToEndTest {

    @TempDir
    Path dataDir;

    @Test
    void givenDraftCreated_whenServicesAreKilledAndTheSuiteRestarts_thenTheDraftAndItsHistoryAreThere()
        throws ApiException {
        String token;
        Contract created;
        AuditEventPage historyBefore;
        try (RunningSuite first = RunningSuite.start(dataDir)) {
            token = first.token("alice", "acme", "CONTRACT_MANAGER");
            created = first.contracts(token).createContractDraft(ContractDrafts.operations2027(), null, null);
            historyBefore = first.contractHistory(token).getContractHistory(created.getContractId(), null, null);
            first.suite.kill(SuiteApplication.CONTRACT_SERVICE);
            first.suite.kill(SuiteApplication.GATEWAY);
        }

        try (RunningSuite second = RunningSuite.start(dataDir)) {
            assertEquals(created, second.contracts(token).getContract(created.getContractId(), null, null),
                "the token stays valid: the suite's secrets are kept beside its data");
            assertEquals(historyBefore, second.contractHistory(token).getContractHistory(created.getContractId(), null, null));
            assertEquals(created, second.contracts(token).getContract(created.getContractId(), 0L, null),
                "replaying the stored events to version 0 gives the contract as created");
        }
    }
}
