package org.socialgov.console.policyadmin;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class PolicyVersionsHttpTest extends PolicyAdminTestSupport {

    private static final String VERSION_3 = "/policy-admin/policies/p-acme/versions/3";

    @Test
    void givenOfficer_thenVersionsWithTheirStateReviewDatesAndTheOfficersLinks() {
        HttpResponse<String> response = get("/policy-admin", officer(), "Accept-Language", "nb-NO");

        assertEquals(200, response.statusCode(), response.body());
        String page = response.body();
        assertTrue(page.contains("ソーシャルメディア方針"), page);
        assertTrue(page.contains("href=\"/policy-admin/policies/p-acme/versions/3\">Version 3</a>"), page);
        assertTrue(page.contains(">Draft</span>"), page);
        assertTrue(page.contains(">In force</span>"), page);
        assertTrue(page.contains(">Superseded</span>"), page);
        assertTrue(page.contains("Edit the draft (version 3)"), page);
        assertTrue(page.contains("Overdue"), "the review is overdue: " + page);
        assertTrue(page.contains("31. januar 2026"), "dates in the browser's locale: " + page);
        assertTrue(page.contains("Amendments needed"), "enum values as words: " + page);
        for (String link : List.of("/policy-admin", "/policy-admin/compliance", "/policy-admin/roster",
            "/policy-admin/official-accounts")) {
            assertTrue(page.contains("href=\"" + link + "\""), link + " in " + page);
        }
    }

    @Test
    void givenEmployee_thenNoOfficerLinkAndEveryOfficerPageAndActionIsForbidden() {
        String employee = signIn("emi", "EMPLOYEE");

        String home = get("/", employee).body();
        assertFalse(home.contains("/policy-admin"), home);
        for (String path : List.of("/policy-admin", VERSION_3, VERSION_3 + "/draft", "/policy-admin/compliance",
            "/policy-admin/policies/p-acme/versions/2/compliance", "/policy-admin/policies/p-acme/review",
            "/policy-admin/roster", "/policy-admin/roster/new", "/policy-admin/roster/hanako",
            "/policy-admin/official-accounts", "/policy-admin/official-accounts/new")) {
            HttpResponse<String> response = get(path, employee);
            assertEquals(403, response.statusCode(), path);
            assertTrue(response.body().contains("Not allowed"), path);
            assertFalse(response.body().contains("method=\"post\" action=\"/policy-admin"), path);
        }
        String token = csrf(get("/", employee));
        int callsBefore = api.calls.size();
        HttpResponse<String> publish = postForm(VERSION_3 + "/publication", employee,
            Map.of("_csrf", List.of(token), "effectiveFrom", List.of("2026-12-03")));
        assertEquals(403, publish.statusCode());
        assertEquals(callsBefore, api.calls.size(), "nothing was asked of the API: " + api.calls);
    }

    @Test
    void givenDraft_whenPublished_thenSentWithIfMatchAndKeyAndTheVersionPageSaysSo() {
        String officer = officer();
        String page = get(VERSION_3, officer).body();
        assertTrue(page.contains("Publish version 3"), page);
        assertTrue(page.contains("name=\"ifMatch\" value=\"&#34;7&#34;\"")
            || page.contains("name=\"ifMatch\" value=\"&quot;7&quot;\""), page);

        HttpResponse<String> response = send(officer, VERSION_3, VERSION_3 + "/publication",
            Map.of("effectiveFrom", List.of("2026-12-03"), "ifMatch", List.of("\"7\""),
                "idempotencyKey", List.of("key-1")));

        assertEquals(303, response.statusCode(), response.body());
        assertEquals(VERSION_3 + "?done=published", response.headers().firstValue("Location").orElse(""));
        String sent = api.last("POST /api/policies/p-acme/versions/3/publication");
        assertTrue(sent.contains("If-Match=\"7\" Idempotency-Key=key-1 {\"effectiveFrom\":\"2026-12-03\"}"), sent);
        assertTrue(get(VERSION_3 + "?done=published", officer).body().contains("The version is published"));
    }

    @Test
    void givenDraftTheApiWillNotPublish_thenEachUnmetRequirementIsShownInWords() {
        HttpResponse<String> response = send(officer(), VERSION_3, VERSION_3 + "/publication",
            Map.of("effectiveFrom", List.of("2000-01-01"), "ifMatch", List.of("\"7\"")));

        assertEquals(422, response.statusCode(), response.body());
        String page = response.body();
        assertTrue(page.contains("The policy rules do not allow this"), page);
        assertTrue(page.contains("<li>Ansvarsfraskrivelse mangler: a rule that views are one's own is needed</li>")
            || page.contains("<li>Ansvarsfraskrivelse mangler: a rule that views are one&#39;s own is needed</li>"),
            page);
        assertTrue(page.contains("value=\"2000-01-01\""), "what was typed is kept: " + page);
        assertNoStackTrace(page);
    }

    @Test
    void givenAnotherCompanysVersion_thenTheSameNotFoundPageAsAMissingOne() {
        String officer = officer();

        HttpResponse<String> otherCompanys = get("/policy-admin/policies/p-other/versions/1", officer);
        HttpResponse<String> missing = get("/no/such/page", officer);
        HttpResponse<String> otherCompliance = get("/policy-admin/policies/p-other/versions/1/compliance", officer);
        HttpResponse<String> missingVersion = get("/policy-admin/policies/p-acme/versions/9", officer);

        assertEquals(404, otherCompanys.statusCode());
        assertEquals(missing.body(), otherCompanys.body());
        assertEquals(missing.body(), otherCompliance.body());
        assertEquals(missing.body(), missingVersion.body());
        assertTrue(otherCompanys.body().contains("Page not found"), otherCompanys.body());
    }

    @Test
    void givenDraftEdited_whenARuleHasNoText_thenTheApisMessageIsBesideThatRuleAndAllIsKept() {
        String officer = officer();
        String form = get(VERSION_3 + "/draft", officer).body();
        assertTrue(form.contains("Vi snakker ærlig på nett\n製品を知ってもらう</textarea>"), form);
        assertTrue(form.contains("機密情報を守る"), form);

        HttpResponse<String> response = send(officer, VERSION_3 + "/draft", VERSION_3 + "/draft", Map.of(
            "purposes", List.of("Vi snakker ærlig på nett\r\n\r\n製品を知ってもらう  "),
            "officialStatementNote", List.of("公式見解"), "questionsHandling", List.of("Vi svarer"),
            "personalUseWelcome", List.of("true"), "ruleNumber", List.of("1", "", "8", ""),
            "ruleTitle", List.of("機密情報を守る", "", "Si fra", ""), "ruleText", List.of("Del aldri", "", "", ""),
            "ruleCategory", List.of("CLIENT_CONFIDENTIALITY", "", "REPORTING", ""), "ruleSurvives", List.of("0"),
            "ifMatch", List.of("\"7\"")));

        assertEquals(422, response.statusCode(), response.body());
        String page = response.body();
        assertTrue(page.contains("<p class=\"error\" id=\"rule1-text-error\">must not be blank</p>"), page);
        assertTrue(page.contains("value=\"Si fra\""), page);
        assertTrue(page.contains("problem is shown beside it."), page);
        assertFalse(page.contains("guidelines[1]"), "no field path of the API's body: " + page);
        String sent = api.last("PUT /api/policies/p-acme/versions/3");
        assertNotNull(sent);
        assertTrue(sent.contains("If-Match=\"7\""), sent);
        assertTrue(sent.contains("\"purposes\":[\"Vi snakker ærlig på nett\",\"製品を知ってもらう\"]"), sent);
        assertTrue(sent.contains("{\"number\":1,\"title\":\"機密情報を守る\",\"text\":\"Del aldri\",\"category\":"
            + "\"CLIENT_CONFIDENTIALITY\",\"survivesDeparture\":true}"), "the empty row is not sent: " + sent);
        assertTrue(sent.contains("{\"number\":8,\"title\":\"Si fra\",\"text\":\"\",\"category\":\"REPORTING\","
            + "\"survivesDeparture\":false}"), sent);
    }

    @Test
    void givenDraftSaved_thenRedirectedToTheVersionPage() {
        String officer = officer();

        HttpResponse<String> response = send(officer, VERSION_3 + "/draft", VERSION_3 + "/draft", Map.of(
            "purposes", List.of("Vi snakker ærlig på nett"), "ruleNumber", List.of("1"),
            "ruleTitle", List.of("機密情報を守る"), "ruleText", List.of("Del aldri"),
            "ruleCategory", List.of("CLIENT_CONFIDENTIALITY")));

        assertEquals(303, response.statusCode(), response.body());
        assertEquals(VERSION_3 + "?done=draft-saved", response.headers().firstValue("Location").orElse(""));
        HttpResponse<String> notANumber = send(officer, VERSION_3 + "/draft", VERSION_3 + "/draft", Map.of(
            "ruleNumber", List.of("eight"), "ruleTitle", List.of("x"), "ruleText", List.of("y")));
        assertEquals(422, notANumber.statusCode());
        assertTrue(notANumber.body().contains("id=\"rule0-number-error\">must be a whole number"), notANumber.body());
    }

    @Test
    void givenPublishedVersion_thenItHasNoEditorAndTheNextNumberStartsFromTheLatest() {
        String officer = officer();

        assertEquals(404, get("/policy-admin/policies/p-acme/versions/2/draft", officer).statusCode());
        assertEquals(404, get("/policy-admin/policies/p-acme/versions/4/draft", officer).statusCode(),
            "a draft exists already: the next number is not offered");
        assertFalse(get("/policy-admin/policies/p-acme/versions/2", officer).body().contains("Publish version"));
    }

    @Test
    void givenReview_whenRecorded_thenRedirectedAndARefusalIsBesideTheDate() {
        String officer = officer();
        String form = "/policy-admin/policies/p-acme/review";

        HttpResponse<String> recorded = send(officer, form, form, Map.of("reviewedOn", List.of("2026-11-30"),
            "outcome", List.of("NO_CHANGE"), "notes", List.of("Ingen endringer")));
        String sent = api.last("POST /api/policies/p-acme/reviews");
        HttpResponse<String> refused = send(officer, form, form, Map.of("reviewedOn", List.of("2099-01-01"),
            "outcome", List.of("NO_CHANGE")));

        assertEquals(303, recorded.statusCode(), recorded.body());
        assertEquals("/policy-admin?done=reviewed", recorded.headers().firstValue("Location").orElse(""));
        assertTrue(sent.contains(
            "{\"reviewedOn\":\"2026-11-30\",\"outcome\":\"NO_CHANGE\",\"notes\":\"Ingen endringer\"}"), sent);
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("id=\"reviewedOn-error\">must not be after today"), refused.body());
    }
}
