package org.socialgov.console.incidents;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class IncidentPageHttpTest extends IncidentPagesTestSupport {

    @BeforeEach
    void incidents() {
        api.incidents.put("inc-r", FakeIncidentApi.incident("inc-r", "REPORTED"));
        api.incidents.put("inc-t", FakeIncidentApi.incident("inc-t", "TRIAGED"));
        api.stepAnswers.clear();
    }

    @Test
    void givenReportedIncident_thenTheReportInWordsAndOnlyTheStepsItsStateAllows() {
        HttpResponse<String> response = get("/incidents/inc-r", officer());

        assertEquals(200, response.statusCode(), response.body());
        String page = response.body();
        assertTrue(page.contains("この投稿は誤解を招きます – innlegget er misvisende"), page);
        assertTrue(page.contains("Not triaged yet; the rules suggest P3"), page);
        assertTrue(page.contains("action=\"/incidents/inc-r/triage\""), page);
        assertTrue(page.contains("action=\"/incidents/inc-r/follow-up\""), page);
        assertTrue(page.contains("action=\"/incidents/inc-r/merge\""), page);
        assertFalse(page.contains("action=\"/incidents/inc-r/response-decision\""), page);
        assertFalse(page.contains("action=\"/incidents/inc-r/resolution\""), page);
        assertFalse(page.contains("action=\"/incidents/inc-r/closure\""), page);
        assertFalse(page.contains("action=\"/incidents/inc-r/reopening\""), page);
    }

    @Test
    void givenTriagedIncident_thenTheResponseIsChosenAmongTheOfficialAccountsAndTheDeadlineSaysOverdue() {
        String page = get("/incidents/inc-t", officer()).body();

        assertTrue(page.contains("action=\"/incidents/inc-t/response-decision\""), page);
        assertTrue(page.contains("<option value=\"acc-x\">@acme_jp on X</option>"), page);
        assertTrue(page.contains("Decision overdue by"), page);
        assertTrue(api.lastCall("GET /api/official-accounts").contains("status=ACTIVE"));
    }

    @Test
    void givenTimeline_thenEachEventInWordsWithWhoAndRepeatedReadsToldOnce() {
        String page = get("/incidents/inc-t", officer()).body();

        assertTrue(page.contains("Reported the post (suggested severity P3)"), page);
        assertTrue(page.contains("Read the report as written</strong> (2 times)"), page);
        assertTrue(page.contains("Triaged it as P2, assigned to hanako"), page);
        assertTrue(page.contains("hanako (compliance officer)"), page);
        assertTrue(page.contains("広がっている – spreading fast"), page);
        assertTrue(page.contains("Decided to respond on the official account @acme_jp (X)"), page);
        assertTrue(page.contains("href=\"/incidents/inc-t?after=4#timeline\">Later events"), page);
        assertFalse(page.contains("IncidentTriagedEvent"), page);
    }

    @Test
    void givenTriageSent_thenTheApiIsAskedWithTheFormsKeyAndThePageShowsTheResult() {
        String officer = officer();
        String form = get("/incidents/inc-r", officer).body();

        HttpResponse<String> response = postForm("/incidents/inc-r/triage", officer, Map.of(
            "_csrf", List.of(csrf(get("/incidents/inc-r", officer))), "idempotencyKey", List.of("key-1"),
            "severity", List.of("P2"), "severityReason", List.of("spreading"), "assignee", List.of(" hanako ")));

        assertTrue(form.contains("name=\"idempotencyKey\""), form);
        assertEquals(303, response.statusCode(), response.body());
        assertEquals("/incidents/inc-r", response.headers().firstValue("Location").orElse(""));
        String sent = api.lastCall("POST /api/incidents/inc-r/triage");
        assertTrue(sent.contains("key=key-1"), sent);
        assertTrue(sent.contains("{\"severity\":\"P2\",\"severityReason\":\"spreading\",\"assignee\":\"hanako\"}"),
            sent);
    }

    @Test
    void givenResponseOnAnOfficialAccount_thenTheAccountsPlatformAndHandleAreSent() {
        String officer = officer();

        HttpResponse<String> response = postForm("/incidents/inc-t/response-decision", officer, Map.of(
            "_csrf", List.of(csrf(get("/incidents/inc-t", officer))), "idempotencyKey", List.of("key-2"),
            "answer", List.of("OFFICIAL_ACCOUNT"), "accountId", List.of("acc-x"),
            "responseText", List.of("正しい情報はこちら"), "responseLink", List.of("https://x.com/acme_jp/status/9")));

        assertEquals(303, response.statusCode(), response.body());
        String sent = api.lastCall("POST /api/incidents/inc-t/response-decision");
        assertTrue(sent.contains("{\"response\":{\"channel\":\"OFFICIAL_ACCOUNT\",\"platform\":\"X\",\"handle\":"
            + "\"@acme_jp\",\"text\":\"正しい情報はこちら\",\"link\":\"https://x.com/acme_jp/status/9\"}}"), sent);
    }

    @Test
    void givenNoAccountChosen_thenTheFormSaysSoBesideTheChoiceAndTheApiIsNotAsked() {
        String officer = officer();
        int calls = api.calls.size();

        HttpResponse<String> response = postForm("/incidents/inc-t/response-decision", officer, Map.of(
            "_csrf", List.of(csrf(get("/incidents/inc-t", officer))), "answer", List.of("OFFICIAL_ACCOUNT"),
            "responseText", List.of("kept text")));

        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains("id=\"accountId-error\">choose one of the company's official accounts"),
            response.body());
        assertTrue(response.body().contains("value=\"OFFICIAL_ACCOUNT\" checked>"), response.body());
        assertTrue(response.body().contains(">kept text</textarea>"), response.body());
        assertFalse(api.calls.subList(calls, api.calls.size()).stream().anyMatch(call -> call.startsWith("POST")));
    }

    @Test
    void givenApiRefusesWithFieldProblems_thenTitleDetailAndEachFieldsProblemBesideItsInput() {
        String officer = officer();
        api.stepAnswers.put("response-decision", new FakeIncidentApi.Answer(422, FakeIncidentApi.problem(422,
            "The response cannot be recorded", "The link is not a post of the account",
            ",\"errors\":[{\"field\":\"response.link\",\"message\":\"must be a post of @acme_jp\"}]")));

        HttpResponse<String> response = postForm("/incidents/inc-t/response-decision", officer, Map.of(
            "_csrf", List.of(csrf(get("/incidents/inc-t", officer))), "answer", List.of("OFFICIAL_ACCOUNT"),
            "accountId", List.of("acc-x"), "responseText", List.of("t"),
            "responseLink", List.of("https://x.com/other/status/1")));

        assertEquals(422, response.statusCode(), response.body());
        String page = response.body();
        assertTrue(page.contains("The response cannot be recorded"), page);
        assertTrue(page.contains("The link is not a post of the account"), page);
        assertTrue(page.contains("id=\"responseLink-error\">must be a post of @acme_jp"), page);
        assertTrue(page.contains("value=\"https://x.com/other/status/1\""), "what was typed is kept: " + page);
        assertTrue(page.contains("<option value=\"acc-x\" selected>"), page);
    }

    @Test
    void givenResponseLinkRefusedByTheRule_thenTheRuleBesideTheLinkAndItsDetailAboveTheForm() {
        String officer = officer();
        api.stepAnswers.put("response-decision", new FakeIncidentApi.Answer(422, FakeIncidentApi.problem(422,
            "An official response links to a post of the account it names",
            "link: https://x.com/other/status/1 is not a post of @acme_jp on X", "")
            .replace("problems/x", "problems/incident-response-link-not-of-account")));

        HttpResponse<String> response = postForm("/incidents/inc-t/response-decision", officer, Map.of(
            "_csrf", List.of(csrf(get("/incidents/inc-t", officer))), "answer", List.of("OFFICIAL_ACCOUNT"),
            "accountId", List.of("acc-x"), "responseText", List.of("t"),
            "responseLink", List.of("https://x.com/other/status/1")));

        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains("is not a post of @acme_jp on X"), response.body());
        assertTrue(response.body().contains(
            "id=\"responseLink-error\">An official response links to a post of the account it names"), response.body());
    }

    @Test
    void givenTriagedIncident_thenTriagingAgainStartsFromTheCurrentSeverityAndAssignee() {
        String page = get("/incidents/inc-t", officer()).body();

        assertTrue(page.contains("<option value=\"P3\" selected>P3</option>"), page);
        assertTrue(page.contains("name=\"assignee\" type=\"text\" value=\"hanako\""), page);
    }

    @Test
    void givenStepOutOfOrder_thenTheApisConflictInWordsBesideTheForm() {
        String officer = officer();
        api.stepAnswers.put("triage", new FakeIncidentApi.Answer(409, FakeIncidentApi.problem(409,
            "The incident cannot be triaged now", "It is RESPONSE_DECIDED; it can be triaged when REPORTED", "")));

        HttpResponse<String> response = postForm("/incidents/inc-r/triage", officer, Map.of(
            "_csrf", List.of(csrf(get("/incidents/inc-r", officer))), "severity", List.of("P3"),
            "assignee", List.of("hanako")));

        assertEquals(409, response.statusCode(), response.body());
        assertTrue(response.body().contains("<div class=\"problem\" role=\"alert\">"), response.body());
        assertTrue(response.body().contains("The incident cannot be triaged now"), response.body());
        assertFalse(response.body().contains("Exception"), response.body());
    }

    @Test
    void givenAnotherCompanysIncident_thenTheSameNotFoundPageAsAMissingOne() {
        String officer = officer();

        HttpResponse<String> otherCompanys = get("/incidents/inc-of-another-company", officer);
        HttpResponse<String> malformed = get("/incidents/not%20an%20id", officer);
        HttpResponse<String> stepOnIt = postForm("/incidents/inc-of-another-company/closure", officer, Map.of(
            "_csrf", List.of(csrf(get("/incidents/inc-r", officer)))));

        assertEquals(404, otherCompanys.statusCode());
        assertEquals(404, malformed.statusCode());
        assertEquals(404, stepOnIt.statusCode());
        assertEquals(malformed.body(), otherCompanys.body());
        assertTrue(otherCompanys.body().contains("Page not found"), otherCompanys.body());
    }

    @Test
    void givenEmployee_thenTheIncidentPageAndItsStepsAreForbiddenAndNothingIsAsked() {
        String employee = signIn("emi", "EMPLOYEE");
        String token = csrf(get("/reports/new", employee));
        int calls = api.calls.size();

        HttpResponse<String> page = get("/incidents/inc-r", employee);
        HttpResponse<String> step = postForm("/incidents/inc-r/closure", employee, Map.of("_csrf", List.of(token)));

        assertEquals(403, page.statusCode());
        assertFalse(page.body().contains("action=\"/incidents/inc-r/"), page.body());
        assertEquals(403, step.statusCode());
        assertTrue(api.calls.subList(calls, api.calls.size()).stream()
            .noneMatch(call -> call.contains("/api/incidents/inc-r")), String.valueOf(api.calls));
    }
}
