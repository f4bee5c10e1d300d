package org.socialgov.console.web;

import java.net.http.HttpResponse;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.socialgov.console.ConsoleTestSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class NavigationHttpTest extends ConsoleTestSupport {

    @Test
    void givenEmployeeAmongSeveralRoles_thenEmployeesActionsAreOffered() {
        String page = get("/", signIn("emi", "AUDITOR", "EMPLOYEE")).body();

        assertTrue(page.contains("href=\"/reports/new\""), page);
        assertTrue(page.contains("href=\"/policy\""), page);
        assertTrue(page.contains("You still have to acknowledge version 1 of the policy"), page);
    }

    @Test
    void givenPersonWithoutEmployeeRole_thenNoEmployeeActionAndThePagesAnswerForbidden() {
        String auditor = signIn("aiko", "AUDITOR");

        String home = get("/", auditor).body();
        HttpResponse<String> reportForm = get("/reports/new", auditor);
        HttpResponse<String> policy = get("/policy", auditor);

        assertFalse(home.contains("/reports"), home);
        assertFalse(home.contains("/policy"), home);
        assertFalse(home.contains("acknowledge"), home);
        assertEquals(403, reportForm.statusCode());
        assertFalse(reportForm.body().contains("<form method=\"post\" action=\"/reports\""), reportForm.body());
        assertEquals(403, policy.statusCode());
        assertFalse(policy.body().contains("I have read and accept"), policy.body());
    }

    @Test
    void givenNobodySignedIn_thenPagesLeadToSignIn() {
        HttpResponse<String> response = get("/reports", null);

        assertEquals(303, response.statusCode());
        assertEquals("/sign-in", response.headers().firstValue("Location").orElse(""));
    }
}
