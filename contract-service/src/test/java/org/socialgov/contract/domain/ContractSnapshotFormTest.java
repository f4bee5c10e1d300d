package org.socialgov.contract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.contract.api.ReachEndOfTermCommand;
import org.socialgov.platform.axon.AxonSerializerFactory;

/**
 * A contract is one aggregate in two classes (what it recorded, what it decides); its snapshots keep the form they
 * were stored in before the split, so that stored snapshots still read as the same contract.
 */
class ContractSnapshotFormTest {

    /** The fields a contract's snapshot has always held. */
    private static final Set<String> STORED_FIELDS = Set.of("contractId", "client", "status", "title", "provider",
        "terms", "signatures", "activeFrom", "termination", "nonRenewalNotice", "versions", "openAmendment",
        "amendmentsProposed", "subcontractingConsents", "subcontractors", "reminders");

    @Test
    void givenActiveContract_whenSnapshotted_thenTheStoredFieldsAndBackToTheSameContract() throws Exception {
        AtomicReference<Contract> contract = new AtomicReference<>();
        new AggregateTestFixture<>(Contract.class)
            .given(ContractFixtures.activeContractEvents("c-1", ContractFixtures.RECOMMENDED_TERMS))
            // Nothing happens before the term ends: the command only hands over the contract as its events left it.
            .when(new ReachEndOfTermCommand("c-1", ContractFixtures.CLIENT, LocalDate.of(2027, 6, 1)))
            .expectNoEvents()
            .expectState(contract::set);
        AxonSerializerFactory serializers = new AxonSerializerFactory();
        Serializer snapshots = serializers.snapshotSerializer(serializers.eventObjectMapper());

        SerializedObject<String> snapshot = snapshots.serialize(contract.get(), String.class);
        JsonNode stored = new ObjectMapper().readTree(snapshot.getData());
        Contract restored = snapshots.deserialize(snapshot);

        assertEquals(new TreeSet<>(STORED_FIELDS), fieldNames(stored));
        assertEquals(contract.get().state(), restored.state());
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
