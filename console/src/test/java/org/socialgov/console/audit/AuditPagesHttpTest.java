package org.socialgov.console.audit;

import java.net.http.HttpResponse;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.socialgov.console.ConsoleTestSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialgov.console.audit.AuditFixtures.event;

@MicronautTest
class AuditPagesHttpTest extends ConsoleTestSupport {

    @Test
    void givenAuditor_whenOpeningAudit_thenEachServicesVerdictAndRecentContractsPaged() {
        AuditFixtures.tenantWithContracts(gateway);

        HttpResponse<String> page = get("/audit", signIn("aiko", "AUDITOR"));

        assertEquals(200, page.statusCode(), page.body());
        String body = page.body();
        assertTrue(body.contains("<a href=\"/audit\" aria-current=\"page\">Audit</a>"), body);
        assertTrue(body.contains("1 of 3 records broken"), body);
        assertTrue(body.contains("<a href=\"/audit/contract/c-tampered\">c-tampered</a>"), body);
        assertTrue(body.contains("An event was changed after it was recorded"), body);
        assertTrue(body.contains("<strong>Policies</strong>:"), body);
        assertTrue(body.contains("ソーシャルメディア運用 2027") && body.contains("Active · Blå Himmel AS"), body);
        assertTrue(body.contains("href=\"/audit/contract/c-1\""), body);
        assertTrue(body.contains("href=\"/audit?kind=contract&amp;cursor=next_2#recent\">Next page"), body);
    }

    @Test
    void givenNextPageOfPolicies_thenTheKindAndCursorReachTheApi() {
        AuditFixtures.tenantWithContracts(gateway);

        HttpResponse<String> page = get("/audit?kind=policy", signIn("aiko", "AUDITOR"));

        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("href=\"/audit/policy/p-acme\""), page.body());
        assertTrue(page.body().contains("Version 1 published"), page.body());
        assertEquals(404, get("/audit?kind=staff", signIn("aiko", "AUDITOR")).statusCode());
    }

    @Test
    void givenIdTyped_whenOpened_thenItsTimelineOrTheFieldsProblemBesideIt() {
        AuditFixtures.tenantWithContracts(gateway);
        String auditor = signIn("aiko", "AUDITOR");

        HttpResponse<String> opened = get("/audit/open?kind=incident&id=+inc-7+", auditor);
        HttpResponse<String> blank = get("/audit/open?kind=contract&id=", auditor);

        assertEquals(303, opened.statusCode());
        assertEquals("/audit/incident/inc-7", opened.headers().firstValue("Location").orElse(""));
        assertEquals(400, blank.statusCode());
        assertTrue(blank.body().contains("<p class=\"error\" id=\"id-error\">Enter the id of the record to open.</p>"),
            blank.body());
    }

    @Test
    void givenContractsTimeline_thenEveryEventInWordsWithWhoRoleWhyAndRequestAndTheNextPage() {
        gateway.answerGet("/api/contracts/c-5/integrity", AuditFixtures.intact("c-5", 1));
        gateway.answerGet("/api/contracts/c-5/history", "{\"aggregateId\":\"c-5\",\"events\":["
            + event("c-5", 0, "ContractDraftCreatedEvent", "alice", "CONTRACT_MANAGER", "Neue Agentur – æøå", "req-a")
            + "," + event("c-5", 1, "AmendmentAcceptedEvent", "bob", "CONTRACT_MANAGER,AUDITOR", "契約の更新", "req-b")
            + "],\"nextAfter\":1}");

        HttpResponse<String> page = get("/audit/contract/c-5", signIn("aiko", "AUDITOR"));

        assertEquals(200, page.statusCode(), page.body());
        String body = page.body();
        assertTrue(body.contains("Record intact"), body);
        assertTrue(body.contains("<td>Draft created</td>") && body.contains("<td>Amendment accepted</td>"), body);
        assertFalse(body.contains("AmendmentAcceptedEvent"), body);
        assertTrue(body.contains("<td>Contract manager, Auditor</td>"), body);
        assertTrue(body.contains("契約の更新") && body.contains("Neue Agentur – æøå") && body.contains("req-b"), body);
        assertTrue(body.contains("href=\"/audit/contract/c-5?after=1\">Next page"), body);
        assertTrue(gateway.reads.contains("/api/contracts/c-5/history?limit=50"), gateway.reads.toString());
    }

    @Test
    void givenTamperedRecord_thenTheBadgeSaysWhereAndHowItIsBroken() {
        gateway.answerGet("/api/contracts/c-6/integrity", AuditFixtures.broken("Contract", "c-6", 3, 2));
        gateway.answerGet("/api/contracts/c-6/history", "{\"aggregateId\":\"c-6\",\"events\":["
            + event("c-6", 2, "AmendmentProposedEvent", "agency-blue", "AGENCY", "Cap", "req-c") + "]}");

        String body = get("/audit/contract/c-6", signIn("aiko", "AUDITOR")).body();

        assertTrue(body.contains("Record broken"), body);
        assertTrue(body.contains("An event was changed after it was recorded: it no longer matches its seal"), body);
        assertTrue(body.contains("Event 2: Amendment proposed"), body);
        assertTrue(body.contains("Event 2 (Amendment proposed) no longer matches its hash"), body);
        assertTrue(body.contains("The record breaks here"), body);
    }

    @Test
    void givenVersion_thenTheObjectThenWithWhatChangedSinceThePreviousVersionHighlighted() {
        gateway.answerGet("/api/contracts/c-7/integrity", AuditFixtures.intact("c-7", 3));
        gateway.answerGet("/api/contracts/c-7/diff", "{\"aggregateId\":\"c-7\",\"fromVersion\":1,\"toVersion\":2,"
            + "\"changes\":[{\"path\":\"terms.damages.cap\",\"before\":\"UNCAPPED\",\"after\":\"MONTHS_OF_FEES\"},"
            + "{\"path\":\"terms.damages.months\",\"after\":6}],\"events\":["
            + event("c-7", 2, "AmendmentAcceptedEvent", "alice", "CONTRACT_MANAGER", "Cap agreed", "req-d") + "]}");
        gateway.answerGet("/api/contracts/c-7", "{\"contractId\":\"c-7\",\"status\":\"ACTIVE\",\"terms\":{"
            + "\"damages\":{\"cap\":\"MONTHS_OF_FEES\",\"months\":6},\"fees\":{\"baseMonthlyFee\":{\"currency\":\"EUR\","
            + "\"amount\":\"2500.00\"}},\"scope\":{\"platforms\":[\"X\",\"INSTAGRAM\"]},\"term\":{\"end\":\"2027-12-31\"}},"
            + "\"signatures\":[{\"party\":\"CLIENT\",\"signedAt\":\"2026-12-03T17:23:10.926516715Z\"}]}");

        HttpResponse<String> page = get("/audit/contract/c-7/versions?version=2", signIn("aiko", "AUDITOR"));

        assertEquals(200, page.statusCode(), page.body());
        String body = page.body();
        assertTrue(body.contains("Version 2 of 3: Amendment accepted"), body);
        assertTrue(body.contains("Terms › Damages › Cap<br><code class=\"small wrap\">terms.damages.cap</code>"), body);
        assertTrue(body.contains("<del>Uncapped</del></td><td><ins>Months of fees</ins>"), body);
        assertTrue(body.contains("<del>(none)</del></td><td><ins>6</ins>"), body);
        assertEquals(2, body.split("<tr class=\"audit-changed\">", -1).length - 1, body);
        assertTrue(body.contains("<td class=\"wrap\">EUR</td>") && body.contains("X, Instagram"), body);
        assertTrue(body.contains("<td class=\"wrap\">31 December 2027</td>"), body);
        assertTrue(body.contains("Signatures (no. 1) › Signed at"), body);
        assertTrue(body.contains("<td class=\"wrap\">3 Dec 2026, 17:23 UTC</td>"), body);
        assertTrue(body.contains("href=\"/audit/contract/c-7/versions?version=1\" rel=\"prev\""), body);
        assertTrue(body.contains("href=\"/audit/contract/c-7/versions?version=3\" rel=\"next\""), body);
        assertTrue(body.contains("type=\"range\" min=\"0\" max=\"3\" step=\"1\" value=\"2\""), body);
        assertTrue(gateway.reads.contains("/api/contracts/c-7/diff?from=1&to=2"), gateway.reads.toString());
        assertTrue(gateway.reads.contains("/api/contracts/c-7?version=2"), gateway.reads.toString());
        assertEquals(404, get("/audit/contract/c-7/versions?version=4", signIn("aiko", "AUDITOR")).statusCode());
    }

    @Test
    void givenApiRefusesTheVersion_thenItsProblemInWordsNeverATrace() {
        gateway.answerGet("/api/contracts/c-8/integrity", AuditFixtures.intact("c-8", 5));
        gateway.answerGet("/api/contracts/c-8/diff", 500, AuditFixtures.PROBLEM, AuditFixtures.problem(500,
            "The record is broken", "Event 3 of this contract is missing from the store"));

        HttpResponse<String> page = get("/audit/contract/c-8/versions?version=4", signIn("aiko", "AUDITOR"));

        assertEquals(502, page.statusCode());
        assertTrue(page.body().contains("<h1>The record is broken</h1>"), page.body());
        assertTrue(page.body().contains("Event 3 of this contract is missing from the store"), page.body());
        assertTrue(page.body().contains("req-1"), page.body());
        assertFalse(page.body().contains("Exception"), page.body());
    }

    @Test
    void givenAnotherCompanysContract_thenTheSameNotFoundPageAsAMissingOne() {
        // The API answers 404 for both: the fake knows neither id.
        String auditor = signIn("aiko", "AUDITOR");

        HttpResponse<String> otherCompanys = get("/audit/contract/c-of-globex", auditor);
        HttpResponse<String> missing = get("/audit/contract/no-such-contract/versions?version=1", auditor);
        HttpResponse<String> unknownKind = get("/audit/staff/emi", auditor);

        assertEquals(404, otherCompanys.statusCode());
        assertEquals(404, missing.statusCode());
        assertEquals(404, unknownKind.statusCode());
        assertTrue(otherCompanys.body().contains("<h1>Page not found</h1>"), otherCompanys.body());
        assertFalse(otherCompanys.body().contains("c-of-globex"), otherCompanys.body());
    }

    @Test
    void givenPersonWithoutAuditorRole_thenNoAuditLinkAndEveryAuditPageForbidden() {
        String employee = signIn("emi", "EMPLOYEE", "CONTRACT_MANAGER");

        String home = get("/", employee).body();

        assertFalse(home.contains("/audit"), home);
        for (String path : new String[] {"/audit", "/audit/open?kind=contract&id=c-1", "/audit/contract/c-5",
            "/audit/contract/c-5/versions?version=1", "/audit/export", "/audit/export.ndjson?service=contract"}) {
            HttpResponse<String> page = get(path, employee);
            assertEquals(403, page.statusCode(), path);
            assertTrue(page.body().contains("<h1>Not allowed</h1>"), path);
        }
        assertTrue(get("/", signIn("aiko", "AUDITOR")).body().contains("<a href=\"/audit\">Audit</a>"));
    }
}
