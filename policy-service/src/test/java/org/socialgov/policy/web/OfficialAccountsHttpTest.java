package org.socialgov.policy.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialgov.testsupport.Problems.assertProblem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Registering, reading, recognising and retiring official accounts through the real service. */
class OfficialAccountsHttpTest extends OfficialAccountsHttpTestBase {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void givenRegistration_whenPosted_thenCreatedAndReadableWhereLocationSays() {
        HttpResponse<Map<String, Object>> created = register("@AcmeNews", "2024-04-01");

        assertEquals(201, created.code());
        String accountId = (String) created.body().get("accountId");
        assertEquals("/official-accounts/" + accountId, created.header(HttpHeaders.LOCATION));
        Map<String, Object> read = service.http().retrieve(HttpRequest.GET(created.header(HttpHeaders.LOCATION))
            .bearerAuth(EMPLOYEE), JSON);
        assertEquals(created.body(), read);
        assertEquals("@AcmeNews", read.get("handle"));
        assertEquals("X", read.get("platform"));
        assertEquals("https://x.com/AcmeNews", read.get("url"));
        assertEquals("2024-04-01", read.get("since"));
        assertEquals("ACTIVE", read.get("status"));
        assertFalse(read.containsKey("retiredOn"));
    }

    @Test
    void givenActiveAccount_whenSameHandleRegisteredInAnotherForm_thenConflictAndNothingChanges() {
        String accountId = registerId("@AcmeJobs", "2024-04-01");

        assertProblem(() -> service.http().exchange(post("/official-accounts",
            registration("X", "https://twitter.com/ACMEJOBS", "https://x.com/acmejobs", "2025-01-01"), OFFICER),
            JSON), 409, "official-account-already-registered");

        Map<String, Object> read = service.http().retrieve(HttpRequest.GET("/official-accounts/" + accountId)
            .bearerAuth(OFFICER), JSON);
        assertEquals("@AcmeJobs", read.get("handle"));
        assertEquals("2024-04-01", read.get("since"));
    }

    @Test
    void givenRegisteredAccount_whenLookedUpInEveryForm_thenOfficialSinceItsFirstDay() {
        String accountId = registerId("@AcmeHelp", "2024-04-01");

        for (String form : List.of("AcmeHelp", "acmehelp", "@ACMEHELP", "https://x.com/AcmeHelp",
            "http://x.com/acmehelp/", "twitter.com/acmehelp", "https://www.twitter.com/AcmeHelp?lang=en",
            "https://mobile.twitter.com/acmehelp#top")) {
            Map<String, Object> answer = lookup("X", form, null, EMPLOYEE);
            assertEquals(true, answer.get("official"), form);
            assertEquals("2024-04-01", answer.get("since"), form);
            assertEquals("acmehelp", answer.get("normalisedHandle"), form);
            assertEquals(TODAY.toString(), answer.get("on"), form);
            assertEquals(accountId, ((Map<?, ?>) answer.get("account")).get("accountId"), form);
        }
        assertEquals(false, lookup("X", "@AcmeHelp", "2024-03-31", EMPLOYEE).get("official"),
            "not yet official the day before");
        assertEquals(false, lookup("INSTAGRAM", "@AcmeHelp", null, EMPLOYEE).get("official"),
            "the same handle on another platform is someone else");
    }

    @Test
    void givenHandleNeverRegistered_whenLookedUp_thenNotOfficialAndNoAccount() {
        Map<String, Object> answer = lookup("X", "https://x.com/Acme_Official", null, EMPLOYEE);
        assertEquals(false, answer.get("official"));
        assertEquals("acme_official", answer.get("normalisedHandle"));
        assertNull(answer.get("since"));
        assertNull(answer.get("account"));
    }

    @Test
    void givenAccountRetiredOnADay_whenLookedUp_thenNotOfficialFromThatDay() {
        String accountId = registerId("@AcmeEvents", "2024-04-01");

        Map<String, Object> retired = retire(accountId, "2026-03-31");

        assertEquals("2026-03-31", retired.get("retiredOn"));
        assertEquals(true, lookup("X", "acmeevents", "2026-03-30", EMPLOYEE).get("official"));
        Map<String, Object> fromRetirement = lookup("X", "acmeevents", "2026-03-31", EMPLOYEE);
        assertEquals(false, fromRetirement.get("official"));
        assertNull(fromRetirement.get("since"));
        assertEquals("2026-03-31", ((Map<?, ?>) fromRetirement.get("account")).get("retiredOn"),
            "recognised as the company's former account");
        assertProblem(() -> retire(accountId, "2026-04-30"), 409, "official-account-already-retired");
    }

    @Test
    void givenAccountRetiredToday_whenRegisteredAgain_thenOfficialAgainUnderTheSameIdentifier() {
        String accountId = registerId("@AcmeDeals", "2024-04-01");
        Map<String, Object> retired = retire(accountId, null);
        assertEquals(TODAY.toString(), retired.get("retiredOn"));
        assertEquals("RETIRED", retired.get("status"));
        assertEquals(false, lookup("X", "@AcmeDeals", null, EMPLOYEE).get("official"));
        assertEquals(true, lookup("X", "@AcmeDeals", TODAY.minusDays(1).toString(), EMPLOYEE).get("official"));

        Map<String, Object> again = register("@AcmeDeals", null).body();

        assertEquals(accountId, again.get("accountId"));
        assertEquals(TODAY.toString(), again.get("since"));
        Map<String, Object> answer = lookup("X", "@AcmeDeals", null, EMPLOYEE);
        assertEquals(true, answer.get("official"));
        assertEquals(TODAY.toString(), answer.get("since"));
        assertEquals("2024-04-01", lookup("X", "@AcmeDeals", "2025-01-01", EMPLOYEE).get("since"),
            "the first period is still on the record");
    }

    @Test
    void givenActiveAndRetiredAccounts_whenListedByStatus_thenEachInItsList() {
        registerId("@AcmeLabs", "2024-04-01");
        String retiredId = registerId("@AcmeOld", "2020-01-01");
        retire(retiredId, "2025-01-01");

        await().atMost(Duration.ofSeconds(20)).until(() -> handles(list("?status=RETIRED")).contains("@AcmeOld"));

        assertTrue(handles(list("?status=ACTIVE")).contains("@AcmeLabs"));
        assertFalse(handles(list("?status=ACTIVE")).contains("@AcmeOld"));
        assertFalse(handles(list("?status=RETIRED")).contains("@AcmeLabs"));
        assertTrue(handles(list("")).containsAll(List.of("@AcmeLabs", "@AcmeOld")));
    }

    @Test
    void givenUnknownAccount_whenReadOrRetired_thenNotFound() {
        String unknown = "0123456789abcdef0123456789abcdef";
        assertProblem(() -> service.http().exchange(HttpRequest.GET("/official-accounts/" + unknown)
            .bearerAuth(OFFICER), JSON), 404, "not-found");
        assertProblem(() -> retire(unknown, null), 404, "not-found");
    }

    private static List<Map<String, Object>> list(String query) {
        return items(service.http().retrieve(HttpRequest.GET("/official-accounts" + query).bearerAuth(AUDITOR),
            JSON));
    }
}
