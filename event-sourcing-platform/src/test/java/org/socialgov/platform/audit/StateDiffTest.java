package org.socialgov.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class StateDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void givenTwoStates_whenCompared_thenEachChangedAddedAndRemovedLeafByPath() throws Exception {
        JsonNode before = JSON.readTree("""
            {"status":"DRAFT","terms":{"fee":"100.00","end":"2027-01-01"},"signatures":[{"name":"A"}],"note":"x"}""");
        JsonNode after = JSON.readTree("""
            {"status":"ACTIVE","terms":{"fee":"120.00","end":"2027-01-01"},
            "signatures":[{"name":"A"},{"name":"B"}]}""");

        List<FieldChange> changes = StateDiff.between(before, after);

        assertEquals(List.of(
            new FieldChange("status", "DRAFT", "ACTIVE"),
            new FieldChange("terms.fee", "100.00", "120.00"),
            new FieldChange("signatures[1]", null, Map.of("name", "B")),
            new FieldChange("note", "x", null)), changes);
    }

    @Test
    void givenEqualStates_whenCompared_thenNoChanges() throws Exception {
        JsonNode state = JSON.readTree("{\"a\":[1,2],\"b\":{\"c\":null}}");

        assertEquals(List.of(), StateDiff.between(state, JSON.readTree("{\"a\":[1,2],\"b\":{}}")));
    }
}
