package org.socialgov.policy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialgov.testsupport.Problems.assertProblem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import org.junit.jupiter.api.Test;
import org.socialgov.testsupport.InternalTokens;

/**
 * Who may see and keep the roster: the compliance officer keeps it, auditors read it, an employee reads their own
 * entry only, and another company sees none of it.
 */
class StaffAccessHttpTest extends StaffHttpTestBase {

    private static final String HANAKO = InternalTokens.forUser("hanako", "acme", "EMPLOYEE");

    @Test
    void givenEmployee_whenReadingTheirOwnEntry_thenTheirEntry() {
        register("hanako", "EMPLOYEE", "2024-04-01");

        assertEquals("hanako", read("hanako", HANAKO).get("personId"));
    }

    @Test
    void givenEmployee_whenReadingAnothersEntry_thenNotFoundWhetherOrNotItExists() {
        register("taro", "OFFICER", "2020-04-01");

        assertProblem(() -> read("taro", HANAKO), 404, "not-found");
        assertProblem(() -> read("nobody-at-all", HANAKO), 404, "not-found");
    }

    @Test
    void givenEmployeeNotOnTheRoster_whenReadingTheirOwnEntry_thenNotFound() {
        String newcomer = InternalTokens.forUser("newcomer", "acme", "EMPLOYEE");

        assertProblem(() -> read("newcomer", newcomer), 404, "not-found");
    }

    @Test
    void givenEmployee_whenRegisteringListingOrChanging_thenForbiddenAndNothingStored() {
        register("hanako-2", "EMPLOYEE", "2024-04-01");
        long eventsBefore = storedEvents();

        assertProblem(() -> service.http().exchange(post("", registration("hanako-3", "OFFICER", "2024-04-01"),
            HANAKO), JSON), 403, "forbidden");
        assertProblem(() -> service.http().exchange(post("/hanako-2/standing-changes",
            "{\"standing\":\"OFFICER\",\"since\":\"2025-04-01\"}", HANAKO), JSON), 403, "forbidden");
        assertProblem(() -> roster("", HANAKO), 403, "forbidden");

        assertEquals(eventsBefore, storedEvents());
    }

    @Test
    void givenAuditor_whenReadingTheRoster_thenEveryEntryButNoChanges() {
        register("kaito", "EMPLOYEE", "2024-04-01");

        assertEquals("kaito", read("kaito", AUDITOR).get("personId"));
        awaitInRoster("", "kaito", "standing", "EMPLOYEE");
        assertTrue(roster("", AUDITOR).stream().anyMatch(entry -> "kaito".equals(entry.get("personId"))));
        assertProblem(() -> service.http().exchange(post("/kaito/departure", "{\"leftOn\":\"2025-01-01\"}", AUDITOR),
            JSON), 403, "forbidden");
    }

    @Test
    void givenAnotherCompanysStaff_whenReadOrChanged_thenNotFoundAndAbsentFromTheRoster() {
        register("emi", "EMPLOYEE", "2024-04-01");
        awaitInRoster("", "emi", "standing", "EMPLOYEE");
        String globexOfficer = InternalTokens.forUser("mallory", "globex", "COMPLIANCE_OFFICER", "AUDITOR");
        String globexEmi = InternalTokens.forUser("emi", "globex", "EMPLOYEE");

        assertProblem(() -> read("emi", globexOfficer), 404, "not-found");
        assertProblem(() -> read("emi", globexEmi), 404, "not-found");
        assertProblem(() -> service.http().exchange(post("/emi/departure", "{\"leftOn\":\"2025-01-01\"}",
            globexOfficer), JSON), 404, "not-found");
        assertTrue(roster("", globexOfficer).stream().noneMatch(entry -> "emi".equals(entry.get("personId"))));
        assertEquals("EMPLOYEE", read("emi", OFFICER).get("standing"));
    }

    @Test
    void givenAnotherCompanyRegistersTheSamePersonId_whenRegistered_thenBothCompaniesHaveTheirOwnEntry() {
        register("jun", "EMPLOYEE", "2024-04-01");
        String globexOfficer = InternalTokens.forUser("mallory", "globex", "COMPLIANCE_OFFICER");

        service.http().exchange(post("", registration("jun", "OFFICER", "2022-01-01"), globexOfficer), JSON);

        assertEquals("OFFICER", read("jun", globexOfficer).get("standing"));
        assertEquals("EMPLOYEE", read("jun", OFFICER).get("standing"));
    }

    @Test
    void givenNoToken_whenCallingTheService_thenUnauthenticated() {
        assertProblem(() -> service.http().exchange(HttpRequest.POST("/staff", registration("x", "EMPLOYEE",
            "2024-04-01")).contentType(MediaType.APPLICATION_JSON), JSON), 401, "unauthenticated");
        assertProblem(() -> service.http().exchange(HttpRequest.GET("/staff"), JSON), 401, "unauthenticated");
    }
}
