package org.socialgov.policy.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialgov.testsupport.Problems.assertProblem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Who may see and change official accounts, what the public sees, and what bad input gets. */
class OfficialAccountsAccessHttpTest extends OfficialAccountsHttpTestBase {

    @Test
    void givenAnotherCompanysAccount_whenReadLookedUpRetiredOrListed_thenItDoesNotExist() {
        String accountId = registerId("@AcmeSecret", "2024-04-01");

        assertProblem(() -> service.http().exchange(HttpRequest.GET("/official-accounts/" + accountId)
            .bearerAuth(OTHER_COMPANY), JSON), 404, "not-found");
        assertProblem(() -> service.http().exchange(post("/official-accounts/" + accountId + "/retirement",
            "{\"reason\":\"not ours\"}", OTHER_COMPANY), JSON), 404, "not-found");
        Map<String, Object> answer = lookup("X", "@AcmeSecret", null, OTHER_COMPANY);
        assertEquals(false, answer.get("official"));
        assertNull(answer.get("account"));
        await().atMost(Duration.ofSeconds(20)).until(() -> handles(items(service.http().retrieve(
            HttpRequest.GET("/official-accounts").bearerAuth(OFFICER), JSON))).contains("@AcmeSecret"));
        assertFalse(handles(items(service.http().retrieve(HttpRequest.GET("/official-accounts")
            .bearerAuth(OTHER_COMPANY), JSON))).contains("@AcmeSecret"));
        assertEquals(true, lookup("X", "@AcmeSecret", null, OFFICER).get("official"), "still acme's, unretired");
    }

    @Test
    void givenEmployee_whenRegisteringOrRetiring_thenForbidden_butMayReadAndLookUp() {
        String accountId = registerId("@AcmeStaff", "2024-04-01");

        assertProblem(() -> service.http().exchange(post("/official-accounts",
            registration("X", "@AcmeFake", "https://x.com/AcmeFake", null), EMPLOYEE), JSON), 403, "forbidden");
        assertProblem(() -> service.http().exchange(post("/official-accounts/" + accountId + "/retirement",
            "{\"reason\":\"I do not like it\"}", EMPLOYEE), JSON), 403, "forbidden");
        assertEquals(false, lookup("X", "@AcmeFake", null, OFFICER).get("official"));
        assertEquals(true, lookup("X", "@AcmeStaff", null, EMPLOYEE).get("official"));
        assertEquals("ACTIVE", service.http().retrieve(HttpRequest.GET("/official-accounts/" + accountId)
            .bearerAuth(EMPLOYEE), JSON).get("status"));
    }

    @Test
    void givenNoToken_whenCallingTheStaffRoutes_thenUnauthenticated() {
        assertProblem(() -> service.http().exchange(HttpRequest.GET("/official-accounts"), JSON), 401,
            "unauthenticated");
        assertProblem(() -> service.http().exchange(HttpRequest.GET("/official-accounts/lookup?platform=X&handle=a"),
            JSON), 401, "unauthenticated");
    }

    @Test
    void givenActiveAndRetiredAccounts_whenThePublicListsThemWithoutAToken_thenOnlyActiveOnesAndNothingInternal() {
        registerId("@AcmePublic", "2024-04-01");
        retire(registerId("@AcmeGone", "2020-01-01"), "2025-01-01");
        registerId("@AcmeSoon", "2099-01-01");

        await().atMost(Duration.ofSeconds(20)).until(() -> handles(publicList("acme")).contains("@AcmePublic"));
        List<Map<String, Object>> listed = publicList("acme");

        assertFalse(handles(listed).contains("@AcmeGone"), "retired");
        assertFalse(handles(listed).contains("@AcmeSoon"), "not official yet");
        Map<String, Object> account = listed.stream().filter(item -> item.get("handle").equals("@AcmePublic"))
            .findFirst().orElseThrow();
        assertEquals(Set.of("platform", "handle", "url", "purpose", "since"), account.keySet());
        assertEquals("https://x.com/AcmePublic", account.get("url"));
        assertEquals(List.of(), publicList("globex"), "another company's page lists none of acme's");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown platform|{\"platform\":\"MYSPACE\",\"handle\":\"@AcmeBad\",\"url\":\"https://x.com/AcmeBad\",\"purpose\":\"p\"}|platform",
        "missing handle|{\"platform\":\"X\",\"url\":\"https://x.com/AcmeBad\",\"purpose\":\"p\"}|handle",
        "empty handle|{\"platform\":\"X\",\"handle\":\"\",\"url\":\"https://x.com/AcmeBad\",\"purpose\":\"p\"}|handle",
        "missing purpose|{\"platform\":\"X\",\"handle\":\"@AcmeBad\",\"url\":\"https://x.com/AcmeBad\"}|purpose",
        "url no web address|{\"platform\":\"X\",\"handle\":\"@AcmeBad\",\"url\":\"javascript:alert(1)\",\"purpose\":\"p\"}|url",
        "since no date|{\"platform\":\"X\",\"handle\":\"@AcmeBad\",\"url\":\"https://x.com/AcmeBad\",\"purpose\":\"p\",\"since\":\"soon\"}|since",
    })
    void givenInvalidRegistration_whenPosted_thenBadRequestNamingTheFieldAndNothingRegistered(String name,
                                                                                               String body,
                                                                                               String field) {
        HttpClientResponseException refused = assertProblem(() -> service.http().exchange(
            post("/official-accounts", body, OFFICER), JSON), 400, "invalid-request");
        String problem = refused.getResponse().getBody(String.class).orElseThrow();
        assertTrue(problem.contains("\"field\":\"" + field + "\""), problem);
        assertEquals(false, lookup("X", "@AcmeBad", null, OFFICER).get("official"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "handle naming no profile|X|acme corp|https://x.com/acme|official-account-handle-invalid",
        "profile on another site|X|https://instagram.com/acmebad|https://x.com/acmebad|official-account-handle-invalid",
        "url to someone else|X|@AcmeBad|https://x.com/SomeoneElse|official-account-url-mismatch",
    })
    void givenRegistrationBreakingARule_whenPosted_thenUnprocessableAndNothingRegistered(String name,
                                                                                          String platform,
                                                                                          String handle, String url,
                                                                                          String type) {
        assertProblem(() -> service.http().exchange(post("/official-accounts",
            registration(platform, handle, url, null), OFFICER), JSON), 422, type);
        assertEquals(false, lookup("X", "@AcmeBad", null, OFFICER).get("official"));
    }

    @Test
    void givenBadLookup_whenAsked_thenRefusedNamingWhatIsWrong() {
        HttpClientResponseException unknownPlatform = assertProblem(() -> service.http().exchange(
            HttpRequest.GET("/official-accounts/lookup?platform=MYSPACE&handle=acme").bearerAuth(EMPLOYEE), JSON),
            400, "invalid-request");
        String problem = unknownPlatform.getResponse().getBody(String.class).orElseThrow();
        assertTrue(problem.contains("\"field\":\"platform\""), problem);
        HttpClientResponseException noHandle = assertProblem(() -> service.http().exchange(
            HttpRequest.GET("/official-accounts/lookup?platform=X").bearerAuth(EMPLOYEE), JSON),
            400, "invalid-request");
        String missing = noHandle.getResponse().getBody(String.class).orElseThrow();
        assertTrue(missing.contains("\"field\":\"handle\""), missing);
        assertProblem(() -> lookup("X", "x.com/acme/status/1", null, EMPLOYEE), 422,
            "official-account-handle-invalid");
    }

    @Test
    void givenRetirementWithoutReason_whenPosted_thenBadRequestAndStillOfficial() {
        String accountId = registerId("@AcmeKeep", "2024-04-01");
        HttpClientResponseException refused = assertProblem(() -> service.http().exchange(post(
            "/official-accounts/" + accountId + "/retirement", "{\"retiredOn\":\"2026-01-01\"}", OFFICER), JSON),
            400, "invalid-request");
        assertTrue(refused.getResponse().getBody(String.class).orElseThrow().contains("\"field\":\"reason\""));
        assertProblem(() -> retire(accountId, "2024-03-31"), 422, "official-account-dates-invalid");
        assertEquals(true, lookup("X", "@AcmeKeep", null, OFFICER).get("official"));
    }

    private static List<Map<String, Object>> publicList(String tenant) {
        return items(service.http().retrieve(HttpRequest.GET("/public/" + tenant + "/official-accounts"), JSON));
    }
}
