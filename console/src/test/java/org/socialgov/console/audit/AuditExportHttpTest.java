package org.socialgov.console.audit;

import java.net.http.HttpResponse;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.socialgov.console.ConsoleTestSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class AuditExportHttpTest extends ConsoleTestSupport {

    /** Where the form sends its fields, and what Chromium accepts when a form is sent. */
    private static final String DOWNLOAD = ExportController.DOWNLOAD;
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,"
        + "image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";
    private static final String NDJSON = AuditFixtures.event("c-1", 0, "ContractDraftCreatedEvent", "alice",
        "CONTRACT_MANAGER", "ny avtale – 新規", "req-1") + "\n"
        + AuditFixtures.event("c-1", 1, "ContractActivatedEvent", "bob", "AGENCY", "signed", "req-2") + "\n";

    @Test
    void givenAuditor_thenTheFormWithLabelledFields() {
        HttpResponse<String> form = get("/audit/export", signIn("aiko", "AUDITOR"));

        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("<label for=\"service\">Records</label>"), form.body());
        assertTrue(form.body().contains("<label for=\"from\">First day</label>"), form.body());
        assertTrue(form.body().contains("action=\"/audit/export.ndjson\""), form.body());
    }

    @Test
    void givenPeriod_whenDownloaded_thenTheApisNdjsonAsAnAttachmentNamedAfterServiceAndDays() {
        gateway.answerGet("/api/audit/contracts/events", 200, "application/x-ndjson", NDJSON);

        HttpResponse<String> file = get(DOWNLOAD + "?service=contract&from=2026-12-01&to=2026-12-03",
            signIn("aiko", "AUDITOR"));

        assertEquals(200, file.statusCode(), file.body());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("")
            .startsWith("attachment; filename=\"socialgov-contract-events-2026-12-01-to-2026-12-03.ndjson\""));
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
        assertEquals("no-store", file.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(NDJSON, file.body());
        assertTrue(gateway.reads.contains("/api/audit/contracts/events?from=2026-12-01T00%3A00%3A00Z"
            + "&to=2026-12-04T00%3A00%3A00Z"), gateway.reads.toString());
    }

    @Test
    void givenBrowserAskingForPages_whenDownloading_thenStillTheFileNotAnotherPage() {
        gateway.answerGet("/api/audit/contracts/events", 200, "application/x-ndjson", NDJSON);

        HttpResponse<String> file = get(DOWNLOAD + "?service=contract&from=2026-12-01&to=2026-12-03",
            signIn("aiko", "AUDITOR"), "Accept", BROWSER_ACCEPT);

        assertEquals(200, file.statusCode(), file.body());
        assertEquals(NDJSON, file.body());
    }

    @Test
    void givenNoDays_thenTheWholeRecordNamedFromStartToNow() {
        gateway.answerGet("/api/audit/incidents/events", 200, "application/x-ndjson", "");

        HttpResponse<String> file = get(DOWNLOAD + "?service=incident&from=&to=", signIn("aiko", "AUDITOR"));

        assertEquals(200, file.statusCode(), file.body());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("")
            .startsWith("attachment; filename=\"socialgov-incident-events-start-to-now.ndjson\""));
        assertTrue(gateway.reads.contains("/api/audit/incidents/events"), gateway.reads.toString());
    }

    @Test
    void givenLastDayBeforeFirst_thenTheFormAgainWithTheProblemBesideTheField() {
        HttpResponse<String> form = get(DOWNLOAD + "?service=policy&from=2026-12-03&to=2026-12-01",
            signIn("aiko", "AUDITOR"));

        assertEquals(422, form.statusCode());
        assertTrue(form.body().contains("<p class=\"error\" id=\"to-error\">The last day cannot be before the first.</p>"),
            form.body());
        assertTrue(form.body().contains("value=\"2026-12-03\""), form.body());
        assertTrue(form.body().contains("<option value=\"policy\" selected>"), form.body());
    }

    @Test
    void givenApiRefusesTheExport_thenItsProblemInWordsOnTheForm() {
        gateway.answerGet("/api/audit/policies/events", 400, AuditFixtures.PROBLEM,
            AuditFixtures.problem(400, "The request is not valid", "from must be before to"));

        HttpResponse<String> form = get(DOWNLOAD + "?service=policy&from=2026-12-01",
            signIn("aiko", "AUDITOR"));

        assertEquals(422, form.statusCode(), form.body());
        assertTrue(form.body().contains("<strong>The request is not valid</strong>"), form.body());
        assertTrue(form.body().contains("from must be before to"), form.body());
    }
}
