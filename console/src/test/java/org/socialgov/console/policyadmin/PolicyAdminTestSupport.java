package org.socialgov.console.policyadmin;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.socialgov.console.ConsoleTestSupport;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** A real console whose gateway is the {@link PolicyAdminFakeApi}, with the officer's and an employee's sign-in. */
abstract class PolicyAdminTestSupport extends ConsoleTestSupport {

    protected final PolicyAdminFakeApi api = new PolicyAdminFakeApi();

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("socialgov.console.gateway-url", api.url());
    }

    @AfterAll
    void stopApi() {
        api.close();
    }

    protected String officer() {
        return signIn("hanako", "COMPLIANCE_OFFICER");
    }

    /** Posts the form of the page at {@code formPage} (its CSRF token) with these fields. */
    protected HttpResponse<String> send(String session, String formPage, String action,
                                        Map<String, List<String>> fields) {
        String token = csrf(get(formPage, session));
        Map<String, List<String>> withToken = new java.util.LinkedHashMap<>(fields);
        withToken.put("_csrf", List.of(token));
        return postForm(action, session, withToken);
    }

    protected static void assertNoStackTrace(String page) {
        assertFalse(page.contains("Exception"), page);
        assertFalse(page.contains("at org."), page);
    }
}
