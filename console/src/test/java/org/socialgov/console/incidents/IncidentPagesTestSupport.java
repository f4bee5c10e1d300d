package org.socialgov.console.incidents;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.socialgov.console.ConsoleTestSupport;

/** A real console whose gateway is {@link FakeIncidentApi}; signs in officers and employees of acme. */
abstract class IncidentPagesTestSupport extends ConsoleTestSupport {

    protected final FakeIncidentApi api = new FakeIncidentApi();

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("socialgov.console.gateway-url", api.url());
    }

    @AfterAll
    void stopIncidentApi() {
        api.close();
    }

    protected String officer() {
        return signIn("hanako", "COMPLIANCE_OFFICER");
    }
}
