package org.socialgov.console.contracts;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A form of the contract page as the browser sent it. Every form carries the contract version the page showed
 * (sent as If-Match, so a change made meanwhile is refused rather than overwritten) and an idempotency key.
 * Signing carries, per review warning, its code and the written justification that accepts it; a subcontracting
 * consent names the subcontractor, the tasks it may take on and the written consent.
 */
@Serdeable
public record ContractActionInput(@Nullable String version, @Nullable String idempotencyKey,
                                  @Nullable String signatoryName, @Nullable String signatoryRole,
                                  @Nullable List<String> warningCode, @Nullable List<String> justification,
                                  @Nullable String amendmentNo, @Nullable String decision, @Nullable String reason,
                                  @Nullable String ground, @Nullable String explanation,
                                  @Nullable String subcontractorId, @Nullable String subcontractorName,
                                  @Nullable List<String> tasks, @Nullable String consentReference,
                                  @Nullable String consentDate, @Nullable String consentSignatory) {

    static String text(String value) {
        return value == null ? "" : value.strip();
    }

    List<String> codes() {
        return warningCode == null ? List.of() : warningCode;
    }

    List<String> taskList() {
        return tasks == null ? List.of() : tasks;
    }

    String justificationOf(int index) {
        return justification == null || index >= justification.size() ? "" : text(justification.get(index));
    }
}
