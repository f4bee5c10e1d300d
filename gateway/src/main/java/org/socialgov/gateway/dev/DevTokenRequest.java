package org.socialgov.gateway.dev;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Who a development token speaks for. The roles are those the services know; {@code ttlMinutes} defaults to an
 * hour and is capped at a day.
 */
@Serdeable
public record DevTokenRequest(
    @NotBlank @Size(max = 64) String subject,
    @NotBlank @Size(max = 64) String tenant,
    @NotEmpty List<@NotNull @Pattern(regexp = ROLE, message = ROLE_MESSAGE) String> roles,
    @Nullable @Min(1) @Max(1440) Integer ttlMinutes) {

    static final String ROLE = "CONTRACT_MANAGER|COMPLIANCE_OFFICER|AGENCY|EMPLOYEE|AUDITOR|OPERATOR|ENTERPRISE_ADMIN";
    static final String ROLE_MESSAGE = "must be one of CONTRACT_MANAGER, COMPLIANCE_OFFICER, AGENCY, EMPLOYEE, AUDITOR,"
        + " OPERATOR, ENTERPRISE_ADMIN";
    static final int DEFAULT_TTL_MINUTES = 60;

    int ttlOrDefault() {
        return ttlMinutes == null ? DEFAULT_TTL_MINUTES : ttlMinutes;
    }
}
