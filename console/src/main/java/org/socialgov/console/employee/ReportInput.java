package org.socialgov.console.employee;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The "Report a mention" form as the browser sent it: every field as typed, so that it can be shown again. */
@Serdeable
public record ReportInput(@Nullable String postUrl, @Nullable String platform, @Nullable String authorHandle,
                          @Nullable String excerpt, @Nullable String postedAt, @Nullable String seenAt,
                          @Nullable String followers, @Nullable String reposts, @Nullable String replies,
                          @Nullable String sentiment, @Nullable String category, @Nullable List<String> policyRules,
                          @Nullable String evidenceLocation, @Nullable String evidenceSha256,
                          @Nullable String idempotencyKey) {

    static ReportInput empty(String idempotencyKey) {
        return new ReportInput("", "", "", "", "", "", "0", "0", "0", "", "", List.of(), "", "", idempotencyKey);
    }

    public String text(String value) {
        return value == null ? "" : value;
    }

    public boolean ruleChecked(int number) {
        return policyRules != null && policyRules.contains(Integer.toString(number));
    }
}
