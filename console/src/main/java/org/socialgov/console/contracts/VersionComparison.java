package org.socialgov.console.contracts;

import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code GET /api/contracts/{id}/versions/compare}: the elements that differ between two versions of the terms. */
@Serdeable
public record VersionComparison(String contractId, int from, int to, List<Change> changes) {

    @Serdeable
    public record Change(String element, @Nullable Map<String, Object> before, @Nullable Map<String, Object> after) {
    }
}
