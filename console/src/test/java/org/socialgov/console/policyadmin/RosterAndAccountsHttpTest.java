package org.socialgov.console.policyadmin;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class RosterAndAccountsHttpTest extends PolicyAdminTestSupport {

    @Test
    void givenRosterFilteredByStanding_thenTheFilterIsKeptInTheNextPageLink() {
        String officer = officer();

        String first = get("/policy-admin/roster?standing=NON_REGULAR_EMPLOYEE", officer).body();
        String queried = api.last("GET /api/staff");
        String second = get("/policy-admin/roster?standing=NON_REGULAR_EMPLOYEE&cursor=c2", officer).body();

        assertTrue(queried.startsWith("GET /api/staff?limit=20&standing=NON_REGULAR_EMPLOYEE "), queried);
        assertTrue(first.contains("href=\"/policy-admin/roster?standing=NON_REGULAR_EMPLOYEE&amp;cursor=c2\">Next page"),
            first);
        assertTrue(first.contains("<option value=\"NON_REGULAR_EMPLOYEE\" selected>Non regular employee</option>"),
            first);
        assertTrue(second.contains("Person 21") && !second.contains("Next page"), second);
        assertTrue(second.contains("href=\"/policy-admin/roster?standing=NON_REGULAR_EMPLOYEE\">First page"), second);
        assertEquals(404, get("/policy-admin/roster?standing=BOSS", officer).statusCode());
    }

    @Test
    void givenPersonRegistered_thenRedirectedToTheirPage_andARefusalIsShownInWords() {
        String officer = officer();

        HttpResponse<String> registered = send(officer, "/policy-admin/roster/new", "/policy-admin/roster", Map.of(
            "personId", List.of("yuki"), "name", List.of("Yuki Tanaka"), "standing", List.of("EMPLOYEE"),
            "since", List.of("2026-12-01"), "idempotencyKey", List.of("k-9")));
        String sent = api.last("POST /api/staff");
        HttpResponse<String> twice = send(officer, "/policy-admin/roster/new", "/policy-admin/roster", Map.of(
            "personId", List.of("hanako"), "name", List.of("Hanako Yamada"), "standing", List.of("OFFICER"),
            "since", List.of("2026-12-01")));

        assertEquals(303, registered.statusCode(), registered.body());
        assertEquals("/policy-admin/roster/yuki?done=registered", registered.headers().firstValue("Location").get());
        assertTrue(sent.contains("Idempotency-Key=k-9 {\"personId\":\"yuki\",\"name\":\"Yuki Tanaka\","
            + "\"standing\":\"EMPLOYEE\",\"since\":\"2026-12-01\"}"), sent);
        assertEquals(422, twice.statusCode());
        assertTrue(twice.body().contains("Already on the roster") && twice.body().contains("registered already"));
        assertTrue(twice.body().contains("value=\"Hanako Yamada\""), twice.body());
    }

    @Test
    void givenPerson_thenTrainingsInWordsAndATrainingIsRecorded() {
        String officer = officer();

        String page = get("/policy-admin/roster/hanako", officer, "Accept-Language", "ja-JP").body();
        HttpResponse<String> recorded = send(officer, "/policy-admin/roster/hanako",
            "/policy-admin/roster/hanako/trainings", Map.of("title", List.of("Sosiale medier 2027"),
                "attendedOn", List.of("2026-12-02")));

        assertTrue(page.contains("Sosiale medier 2026") && page.contains("2026年5月12日"), page);
        assertTrue(page.contains("Non regular employee since"), page);
        assertEquals(303, recorded.statusCode(), recorded.body());
        assertEquals("/policy-admin/roster/hanako?done=training-recorded",
            recorded.headers().firstValue("Location").get());
        assertTrue(api.last("POST /api/staff/hanako/trainings")
            .endsWith("{\"title\":\"Sosiale medier 2027\",\"attendedOn\":\"2026-12-02\"}"));
        assertEquals(404, get("/policy-admin/roster/someone-else", officer).statusCode());
    }

    @Test
    void givenTwentyFiveAccounts_thenPagedByTwentyKeepingTheStatusFilter() {
        String officer = officer();

        String first = get("/policy-admin/official-accounts?status=ACTIVE", officer).body();
        String second = get("/policy-admin/official-accounts?status=ACTIVE&page=2", officer).body();

        assertTrue(api.last("GET /api/official-accounts").startsWith("GET /api/official-accounts?status=ACTIVE "));
        assertTrue(first.contains("@acme_19") && !first.contains("@acme_20"), first);
        assertTrue(first.contains("href=\"/policy-admin/official-accounts?status=ACTIVE&amp;page=2\">Next page"), first);
        assertTrue(second.contains("@acme_24") && !second.contains("Next page"), second);
        assertTrue(second.contains("お知らせ og nyheter"), second);
    }

    @Test
    void givenAccountWhoseUrlLeadsElsewhere_thenTheApisMessageIsBesideTheUrl() {
        String officer = officer();
        Map<String, List<String>> account = Map.of("platform", List.of("X"), "handle", List.of("@acme_new"),
            "url", List.of("https://x.com/elsewhere"), "purpose", List.of("Nyheter"));

        HttpResponse<String> refused = send(officer, "/policy-admin/official-accounts/new",
            "/policy-admin/official-accounts", account);
        HttpResponse<String> registered = send(officer, "/policy-admin/official-accounts/new",
            "/policy-admin/official-accounts", Map.of("platform", List.of("X"), "handle", List.of("@acme_new"),
                "url", List.of("https://x.com/acme_new"), "purpose", List.of("Nyheter")));

        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("<p class=\"error\" id=\"url-error\">must lead to the handle&#39;s profile")
            || refused.body().contains("<p class=\"error\" id=\"url-error\">must lead to the handle's profile"),
            refused.body());
        assertTrue(refused.body().contains("The address does not lead to the account"), refused.body());
        assertEquals(303, registered.statusCode(), registered.body());
        assertEquals("/policy-admin/official-accounts?done=account-registered",
            registered.headers().firstValue("Location").get());
        assertFalse(api.last("POST /api/official-accounts").contains("\"since\""), "left empty: today");
    }
}
