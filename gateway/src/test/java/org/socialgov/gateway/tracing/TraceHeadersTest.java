package org.socialgov.gateway.tracing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TraceHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "A-b_c.9", "7f0c2a9e-3a55-4e0f-9d1e-2f3f2e6f8d11"})
    void saneRequestIds(String id) {
        assertTrue(TraceHeaders.isSaneRequestId(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a b", "a\nb", "<script>", "a/b"})
    void insaneRequestIds(String id) {
        assertFalse(TraceHeaders.isSaneRequestId(id));
        assertFalse(TraceHeaders.isSaneRequestId("a".repeat(129)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
        "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
        "garbage"})
    void invalidTraceparents(String traceparent) {
        assertFalse(TraceHeaders.isValidTraceparent(traceparent));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void generatedValuesAreValid(int attempt) {
        assertTrue(TraceHeaders.isValidTraceparent(TraceHeaders.newTraceparent()));
        assertTrue(TraceHeaders.isSaneRequestId(TraceHeaders.newRequestId()));
    }
}
