package org.socialgov.console.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.socialgov.console.ConsoleTestSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class ErrorPagesHttpTest extends ConsoleTestSupport {

    @Test
    void givenApiRefusesReport_thenTitleDetailAndEachFieldsMessageBesideItsInput() {
        String session = signIn("emi", "EMPLOYEE");
        String token = csrf(get("/reports/new", session));

        HttpResponse<String> response = postForm("/reports", session, Map.ofEntries(
            Map.entry("_csrf", List.of(token)), Map.entry("postUrl", List.of("https://x.com/a/status/1")),
            Map.entry("platform", List.of("X")), Map.entry("authorHandle", List.of("@a")),
            Map.entry("excerpt", List.of("誤解を招く投稿です – dette er feil")),
            Map.entry("postedAt", List.of("2026-12-03T10:00")), Map.entry("seenAt", List.of("2026-12-03T09:00")),
            Map.entry("followers", List.of("10")), Map.entry("reposts", List.of("1")),
            Map.entry("replies", List.of("0")), Map.entry("sentiment", List.of("NEGATIVE")),
            Map.entry("category", List.of("COMPLAINT")), Map.entry("policyRules", List.of("1", "3")),
            Map.entry("evidenceLocation", List.of("drive://captures/1")), Map.entry("evidenceSha256", List.of("ab"))));

        assertEquals(422, response.statusCode(), response.body());
        String page = response.body();
        assertTrue(page.contains("The report cannot be recorded"), page);
        assertTrue(page.contains("A post seen before it was posted cannot be reported"), page);
        assertTrue(page.contains("aria-describedby=\"evidenceSha256-error\""), page);
        assertTrue(page.contains("<p class=\"error\" id=\"evidenceSha256-error\">must be 64 hexadecimal characters"),
            page);
        assertTrue(page.contains("id=\"seenAt-error\">must not be before postedAt"), page);
        assertTrue(page.contains("誤解を招く投稿です – dette er feil"), "what was typed is kept: " + page);
        String sent = gateway.changes.get(gateway.changes.size() - 1);
        assertTrue(sent.contains("\"postedAt\":\"2026-12-03T10:00:00Z\""), "times are sent in UTC: " + sent);
        assertTrue(sent.contains("\"policyRules\":[1,3]"), "every rule ticked is sent: " + sent);
        assertTrue(sent.contains("\"reach\":{\"followers\":10,\"reposts\":1,\"replies\":0}"), sent);
    }

    @Test
    void givenAnotherCompanysIncident_thenSameNotFoundPageAsAMissingOne() {
        String session = signIn("emi", "EMPLOYEE");

        HttpResponse<String> otherCompanys = get("/reports/inc-of-another-company", session);
        HttpResponse<String> unknownPage = get("/no/such/page", session);

        assertEquals(404, otherCompanys.statusCode());
        assertEquals(404, unknownPage.statusCode());
        assertEquals(unknownPage.body(), otherCompanys.body());
        assertTrue(otherCompanys.body().contains("Page not found"), otherCompanys.body());
        assertNoStackTrace(otherCompanys.body());
    }

    @Test
    void givenUnexpectedInput_thenPageInWordsNeverAStackTrace() {
        String session = signIn("emi", "EMPLOYEE");
        String token = csrf(get("/policy", session));

        HttpResponse<String> response = postForm("/policy/acknowledgement", session,
            Map.of("_csrf", List.of(token), "policyId", List.of("p-acme"), "versionNo", List.of("not-a-number")));

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertNoStackTrace(response.body());
    }

    @Test
    void givenPolicyInJapaneseAndNorwegian_thenItRendersInUtf8AndDatesInTheBrowsersLocale() {
        String session = signIn("emi", "EMPLOYEE");

        HttpResponse<String> norwegian = get("/policy", session, "Accept-Language", "nb-NO");
        HttpResponse<String> japanese = get("/policy", session, "Accept-Language", "ja-JP");

        assertEquals("text/html;charset=utf-8", norwegian.headers().firstValue("Content-Type").orElse("")
            .toLowerCase().replace(" ", ""));
        String page = norwegian.body();
        assertTrue(page.contains("ソーシャルメディア方針"), page);
        assertTrue(page.contains("Del aldri kundens hemmeligheter – æ, ø og å."), page);
        assertTrue(page.contains("公式見解は広報部のみが発信します"), page);
        assertTrue(page.contains("1. april 2026"), "Norwegian date: " + page);
        assertTrue(japanese.body().contains("2026年4月1日"), "Japanese date: " + japanese.body());
    }

    private static void assertNoStackTrace(String page) {
        assertFalse(page.contains("Exception"), page);
        assertFalse(page.contains("at org."), page);
        assertFalse(page.contains("at io."), page);
    }
}
