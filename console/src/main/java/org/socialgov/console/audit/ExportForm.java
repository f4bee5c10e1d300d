package org.socialgov.console.audit;

import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;

/** The export form: what was chosen, each field's problem, and the API's refusal in words when it came. */
public record ExportForm(@Nullable String service, @Nullable String from, @Nullable String to,
                         Map<String, String> errors, @Nullable String problemTitle, @Nullable String problemDetail) {

    public static ExportForm empty() {
        return new ExportForm(AuditedKind.CONTRACT.slug(), "", "", Map.of(), null, null);
    }

    public @Nullable String error(String field) {
        return errors.get(field);
    }

    public List<AuditedKind> services() {
        return List.of(AuditedKind.values());
    }

    public String text(String value) {
        return value == null ? "" : value;
    }
}
