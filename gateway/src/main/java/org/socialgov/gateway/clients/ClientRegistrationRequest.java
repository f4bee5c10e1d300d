package org.socialgov.gateway.clients;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.socialgov.gateway.identity.Roles;

/**
 * What a tenant admin asks for. There is no tenant field: a client always belongs to its registrant's company, and
 * a body naming one is refused as an unknown field. The command-line bootstrap validates through the same record.
 */
@Serdeable
public record ClientRegistrationRequest(
    @NotBlank @Size(max = 100) String name,
    @NotEmpty @Size(max = 6) List<@NotNull @Pattern(regexp = GRANTABLE, message = GRANTABLE_MESSAGE) String> roles,
    @Nullable @Pattern(regexp = PROVIDER_ID, message = PROVIDER_ID_MESSAGE) String providerId) {

    /** Every role of a tenant; never OPERATOR, who runs the suite for every tenant. */
    static final String GRANTABLE = Roles.CONTRACT_MANAGER + "|" + Roles.COMPLIANCE_OFFICER + "|" + Roles.EMPLOYEE
        + "|" + Roles.AGENCY + "|" + Roles.AUDITOR + "|" + Roles.ENTERPRISE_ADMIN;
    static final String GRANTABLE_MESSAGE = "must be one of CONTRACT_MANAGER, COMPLIANCE_OFFICER, EMPLOYEE, AGENCY,"
        + " AUDITOR, ENTERPRISE_ADMIN (OPERATOR runs the suite for every tenant and is never a client's role)";
    static final String PROVIDER_ID = "[A-Za-z0-9._-]{1,64}";
    static final String PROVIDER_ID_MESSAGE = "must be 1 to 64 letters, digits, '.', '_' or '-'";

    public NewClient forTenant(String tenant) {
        return new NewClient(tenant, name.strip(), roles, providerId);
    }
}
