package org.socialgov.console.contracts;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.socialgov.console.ConsoleTestSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class ContractPagesHttpTest extends ConsoleTestSupport {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private final FakeContractApi contracts = new FakeContractApi();

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("socialgov.console.gateway-url", contracts.url());
    }

    @AfterAll
    void stopContractApi() {
        contracts.close();
    }

    @Test
    void givenContractManager_thenContractsLinkAndListWithAgencyStatusTermAndCancelBy() {
        String session = signIn("carla", "CONTRACT_MANAGER");

        String home = get("/", session).body();
        HttpResponse<String> list = get("/contracts", session, "Accept-Language", "en-GB");

        assertTrue(home.contains("href=\"/contracts\""), home);
        assertEquals(200, list.statusCode(), list.body());
        String page = list.body();
        assertTrue(page.contains("<a href=\"/contracts/c-1\">Social media operations</a>"), page);
        assertTrue(page.contains("Blue Sky Digital Ltd"), page);
        assertTrue(page.contains(">Active</span>"), "status in words: " + page);
        assertTrue(page.contains(date(TODAY.plusDays(72))), "term end in the browser's locale: " + page);
        assertTrue(page.contains(date(TODAY.plusDays(12))), "cancel-by = term end less the notice: " + page);
        assertTrue(page.contains("(in 12 days)"), page);
        assertTrue(page.contains("No renewal: terminated"), page);
        assertTrue(page.contains("Amber &amp; Co"), "escaped: " + page);
        assertFalse(page.contains("TERMINATED<"), "no raw enum values: " + page);
    }

    @Test
    void givenPersonWithoutContractManagerRole_thenNoLinkAndEveryContractPageAndActionForbidden() {
        String employee = signIn("emi", "EMPLOYEE", "AUDITOR");
        int changesBefore = contracts.changes.size();

        String home = get("/", employee).body();
        HttpResponse<String> list = get("/contracts", employee);
        HttpResponse<String> contract = get("/contracts/c-1", employee);
        HttpResponse<String> signed = postForm("/contracts/c-2/signature", employee, Map.of("_csrf",
            List.of(csrf(get("/", employee))), "signatoryName", List.of("Emi"), "signatoryRole", List.of("Clerk")));

        assertFalse(home.contains("/contracts"), home);
        assertEquals(403, list.statusCode());
        assertEquals(403, contract.statusCode());
        assertFalse(contract.body().contains("Sign for the client"), contract.body());
        assertEquals(403, signed.statusCode());
        assertEquals(changesBefore, contracts.changes.size(), "nothing was sent to the API");
    }

    @Test
    void givenSortByCancelBy_thenTheApiSortsAcrossPagesAndTheHeaderSaysSo() {
        String session = signIn("carla", "CONTRACT_MANAGER");

        String ascending = get("/contracts?status=ACTIVE&sort=cancelBy", session).body();
        String ascendingQuery = contracts.listQueries.get(contracts.listQueries.size() - 1);
        String descending = get("/contracts?status=ACTIVE&sort=-termEnd", session).body();
        String descendingQuery = contracts.listQueries.get(contracts.listQueries.size() - 1);

        assertEquals("status=ACTIVE&sort=cancelBy&limit=20", ascendingQuery, "the API sorts, not the page");
        assertEquals("status=ACTIVE&sort=-termEnd&limit=20", descendingQuery);
        assertTrue(ascending.contains("aria-sort=\"ascending\"><a href=\"/contracts?status=ACTIVE&amp;sort=-cancelBy\""),
            "sorted column marked; its link turns the order round, keeping the filter: " + ascending);
        assertTrue(ascending.contains("<a href=\"/contracts?status=ACTIVE&amp;sort=termEnd\">Term ends</a>"), ascending);
        assertEquals(1, ascending.split("aria-sort=").length - 1, "one column is sorted: " + ascending);
        assertTrue(ascending.indexOf("/contracts/c-4\"") < ascending.indexOf("/contracts/c-1\""), ascending);
        assertTrue(ascending.indexOf("/contracts/c-1\"") < ascending.indexOf("/contracts/c-2\""),
            "in the API's order, a contract without a cancel-by date last: " + ascending);
        assertTrue(ascending.contains("Sorted by cancel-by date, across all pages"), ascending);
        assertTrue(descending.contains("aria-sort=\"descending\""), descending);
        assertTrue(descending.indexOf("/contracts/c-2\"") < descending.indexOf("/contracts/c-1\""), descending);
        assertTrue(descending.indexOf("/contracts/c-1\"") < descending.indexOf("/contracts/c-4\""), descending);
        assertEquals(List.of(), contracts.listQueries.stream().filter(query -> query.contains("sort=end")).toList());
    }

    @Test
    void givenListShown_thenNoContractIsReadOneByOne() {
        String session = signIn("carla", "CONTRACT_MANAGER");
        int readsBefore = contracts.contractReads.get();

        String page = get("/contracts", session).body();

        assertTrue(page.contains("/contracts/c-1\""), page);
        assertEquals(readsBefore, contracts.contractReads.get(), "the list's cancel-by dates come with the list");
    }

    @Test
    void givenMoreContractsThanAPage_thenNextPageLinkKeepsFiltersAndSort() {
        String session = signIn("carla", "CONTRACT_MANAGER");

        String first = get("/contracts?status=ACTIVE&providerId=agency-blue&sort=termEnd", session).body();
        String apiQuery = contracts.listQueries.get(contracts.listQueries.size() - 1);
        String second = get("/contracts?status=ACTIVE&providerId=agency-blue&sort=termEnd&cursor=page-2-termEnd",
            session).body();

        assertTrue(apiQuery.contains("status=ACTIVE") && apiQuery.contains("providerId=agency-blue")
            && apiQuery.contains("sort=termEnd"), apiQuery);
        assertTrue(first.contains("<a href=\"/contracts?status=ACTIVE&amp;providerId=agency-blue&amp;sort=termEnd&amp;"
            + "cursor=page-2-termEnd\">Next page</a>"), first);
        assertFalse(first.contains("First page"), first);
        assertTrue(first.contains("Renewal missed"), first);
        assertTrue(first.contains("(passed)"), "a cancel-by date gone by: " + first);
        assertTrue(second.contains("Instagram campaign"), "the latest term end, on the last page: " + second);
        assertTrue(second.contains("<a href=\"/contracts?status=ACTIVE&amp;providerId=agency-blue&amp;sort=termEnd\">"
            + "First page</a>"), second);
        assertFalse(second.contains("Next page"), second);
        assertTrue(first.contains("<option value=\"ACTIVE\" selected>Active</option>"), "filter shown as set: " + first);
    }

    @Test
    void givenFilterTheApiRefuses_thenItsProblemInWordsBesideTheFilter() {
        String session = signIn("carla", "CONTRACT_MANAGER");

        HttpResponse<String> response = get("/contracts?endsWithinDays=9999", session);

        assertEquals(400, response.statusCode());
        String page = response.body();
        assertTrue(page.contains("The request is not valid"), page);
        assertTrue(page.contains("<p class=\"error\" id=\"endsWithinDays-error\">must be less than or equal to 3650"),
            page);
        assertTrue(page.contains("aria-describedby=\"endsWithinDays-error\""), page);
        assertTrue(page.contains("value=\"9999\""), "what was typed is kept: " + page);
    }

    @Test
    void givenAnotherCompanysContract_thenTheSameNotFoundPageAsAMissingOne() {
        String session = signIn("carla", "CONTRACT_MANAGER");

        HttpResponse<String> otherCompanys = get("/contracts/c-other", session);
        HttpResponse<String> missing = get("/contracts/no-such-contract", session);
        HttpResponse<String> notAnId = get("/contracts/%3Cscript%3E", session);

        assertEquals(404, otherCompanys.statusCode());
        assertEquals(404, missing.statusCode());
        assertEquals(404, notAnId.statusCode());
        assertEquals(missing.body(), otherCompanys.body());
        assertTrue(otherCompanys.body().contains("Page not found"), otherCompanys.body());
    }

    @Test
    void givenActiveContract_thenPartiesSignaturesAmendmentsSideBySideSubcontractorsAndItsActions() {
        String session = signIn("carla", "CONTRACT_MANAGER");

        HttpResponse<String> response = get("/contracts/c-1", session, "Accept-Language", "en-GB");

        assertEquals(200, response.statusCode(), response.body());
        String page = response.body();
        assertTrue(page.contains("Blue Sky Digital Ltd"), page);
        assertTrue(page.contains("Hanako Yamada, Head of Legal"), page);
        assertTrue(page.contains("Ken Blue, CEO"), page);
        assertTrue(page.contains("<caption>Version 2, in force from " + date(TODAY.minusDays(30))), page);
        assertTrue(page.contains("<th scope=\"row\">11. Damages</th>"), page);
        assertTrue(page.contains("<del>Damages capped at: Uncapped</del>"), page);
        assertTrue(page.contains("<mark>Damages capped at: Months of fees</mark>"), page);
        assertTrue(page.contains("<mark>Months of fees: 3</mark>"), page);
        assertTrue(page.contains("Amendment 2, proposed by the provider"), page);
        assertTrue(page.contains("<mark>Base fee a month: EUR 3100.00</mark>"), page);
        assertTrue(page.contains("<del>Posts a month: 12</del>"), page);
        assertFalse(page.contains("<th scope=\"row\">3. Term</th>"), "only what changes is set side by side: " + page);
        assertTrue(page.contains("Pixel Studio"), page);
        assertTrue(page.contains("Regular posting, Strategy and audience analysis"), page);
        assertTrue(page.contains("prior written consent"), page);
        assertTrue(page.contains("no findings"), page);
        assertTrue(page.contains("Accept amendment 2") && page.contains("Reject amendment 2"), page);
        assertTrue(page.contains("Give notice of non-renewal"), page);
        assertTrue(page.contains("Terminate the contract"), page);
        assertTrue(page.contains("Record your company's written consent to a subcontractor"), page);
        assertFalse(page.contains("Sign for the client"), "an active contract is not signed again: " + page);
    }

    @Test
    void givenDraftWithWarnings_thenFindingsBySeverityAndASignatureFormWithAJustificationEach() {
        String session = signIn("carla", "CONTRACT_MANAGER");

        String page = get("/contracts/c-2", session).body();

        assertTrue(page.contains("<h3>Warnings (2)</h3>"), page);
        assertTrue(page.contains("<h3>For information (1)</h3>"), page);
        assertTrue(page.indexOf("Warnings (2)") < page.indexOf("For information (1)"), page);
        assertTrue(page.contains("<strong>11. Damages:</strong> The contract does not cap damages for a breach"), page);
        assertTrue(page.contains("<label for=\"justification-DAMAGES_MISSING\">"), page);
        assertTrue(page.contains("Sign for the client"), page);
        assertFalse(page.contains("Terminate the contract"), "a draft is not terminated: " + page);
        assertTrue(page.contains("Does not renew itself"), page);
    }

    @Test
    void givenDraft_whenSignedForTheClient_thenTheApiGetsTheSignatureOnTheVersionShownAndThePageFollows() {
        String session = signIn("carla", "CONTRACT_MANAGER");
        String token = csrf(get("/contracts/c-2", session));

        HttpResponse<String> response = postForm("/contracts/c-2/signature", session, Map.of("_csrf", List.of(token),
            "version", List.of("7"), "idempotencyKey", List.of("key-1"), "signatoryName", List.of("山田 花子"),
            "signatoryRole", List.of("Head of Legal"), "warningCode", List.of("DAMAGES_MISSING", "RIGHTS_UNSPECIFIED"),
            "justification", List.of("Insured", "Agreed with the agency")));

        assertEquals(303, response.statusCode(), response.body());
        assertEquals("/contracts/c-2?done=sign", response.headers().firstValue("Location").orElse(""));
        assertTrue(get("/contracts/c-2?done=sign", session).body().contains("Your company's signature is recorded."));
        assertFalse(get("/contracts/c-2?done=%3Cb%3E", session).body().contains("class=\"notice\""),
            "only the console's own sentences");
        String sent = contracts.changes.get(contracts.changes.size() - 1);
        assertTrue(sent.startsWith("/api/contracts/c-2/signatures If-Match \"7\" "), sent);
        assertTrue(sent.contains("\"party\":\"CLIENT\""), sent);
        assertTrue(sent.contains("\"signatoryName\":\"山田 花子\""), sent);
        assertTrue(sent.contains("{\"code\":\"RIGHTS_UNSPECIFIED\",\"justification\":\"Agreed with the agency\"}")
            || sent.contains("{\"justification\":\"Agreed with the agency\",\"code\":\"RIGHTS_UNSPECIFIED\"}"), sent);
    }

    @Test
    void givenSignatureTheApiRefuses_thenEachFieldsProblemBesideItsInputAndNothingSigned() {
        String session = signIn("carla", "CONTRACT_MANAGER");
        String token = csrf(get("/contracts/c-2", session));
        int changesBefore = contracts.changes.size();

        HttpResponse<String> response = postForm("/contracts/c-2/signature", session, Map.of("_csrf", List.of(token),
            "version", List.of("7"), "signatoryName", List.of(""), "signatoryRole", List.of("Head of Legal"),
            "warningCode", List.of("DAMAGES_MISSING", "RIGHTS_UNSPECIFIED"), "justification", List.of("", "Fine")));

        assertEquals(400, response.statusCode(), response.body());
        String page = response.body();
        assertTrue(page.contains("The request is not valid"), page);
        assertTrue(page.contains("<p class=\"error\" id=\"signatoryName-error\">must not be blank"), page);
        assertTrue(page.contains("<p class=\"error\" id=\"justification-DAMAGES_MISSING-error\">must not be blank"),
            page);
        assertTrue(page.contains("value=\"Head of Legal\""), "what was typed is kept: " + page);
        assertEquals(changesBefore, contracts.changes.size());
    }

    @Test
    void givenTerminationTheApiRefuses_thenItsTitleAndDetailInWords() {
        String session = signIn("carla", "CONTRACT_MANAGER");
        String token = csrf(get("/contracts/c-1", session));

        HttpResponse<String> response = postForm("/contracts/c-1/termination", session, Map.of("_csrf",
            List.of(token), "version", List.of("7"), "ground", List.of("FORCE_MAJEURE"),
            "explanation", List.of("Typhoon")));

        assertEquals(409, response.statusCode(), response.body());
        String page = response.body();
        assertTrue(page.contains("The contract cannot be terminated this way"), page);
        assertTrue(page.contains("The contract has no force majeure clause"), page);
        assertTrue(page.contains("<option value=\"FORCE_MAJEURE\" selected>Force majeure</option>"), page);
        assertTrue(page.contains(">Typhoon</textarea>"), page);
        assertFalse(page.contains("Exception"), page);
    }

    @Test
    void givenProvidersAmendment_whenAccepted_thenTheClientsDecisionIsSent() {
        String session = signIn("carla", "CONTRACT_MANAGER");
        String token = csrf(get("/contracts/c-1", session));

        HttpResponse<String> response = postForm("/contracts/c-1/amendment-decision", session, Map.of("_csrf",
            List.of(token), "version", List.of("7"), "amendmentNo", List.of("2"), "decision", List.of("ACCEPT")));

        assertEquals(303, response.statusCode(), response.body());
        String sent = contracts.changes.get(contracts.changes.size() - 1);
        assertTrue(sent.startsWith("/api/contracts/c-1/amendments/2/decision If-Match \"7\" "), sent);
        assertTrue(sent.contains("\"party\":\"CLIENT\"") && sent.contains("\"decision\":\"ACCEPT\""), sent);
    }

    @Test
    void givenActiveContract_whenTheClientsConsentToASubcontractorIsRecorded_thenTheApiGetsItInItsShape() {
        String session = signIn("carla", "CONTRACT_MANAGER");
        String token = csrf(get("/contracts/c-1", session));

        HttpResponse<String> response = postForm("/contracts/c-1/subcontracting-consent", session, Map.of("_csrf",
            List.of(token), "version", List.of("7"), "subcontractorId", List.of("pixel-studio"),
            "subcontractorName", List.of("Pixel Studio"), "tasks", List.of("REGULAR_POSTING"),
            "consentReference", List.of("ACME-LEGAL-14"), "consentDate", List.of("2026-12-01"),
            "consentSignatory", List.of("Hanako Yamada")));

        assertEquals(303, response.statusCode(), response.body());
        String sent = contracts.changes.get(contracts.changes.size() - 1);
        assertTrue(sent.startsWith("/api/contracts/c-1/subcontracting-consents If-Match \"7\" "), sent);
        assertTrue(sent.contains("\"subcontractor\":{\"companyId\":\"pixel-studio\",\"name\":\"Pixel Studio\"}"),
            sent);
        assertTrue(sent.contains("\"tasks\":[\"REGULAR_POSTING\"]"), sent);
        assertTrue(sent.contains("\"consent\":{\"reference\":\"ACME-LEGAL-14\",\"date\":\"2026-12-01\","
            + "\"signatory\":\"Hanako Yamada\"}"), sent);
    }

    @Test
    void givenConsentTheApiRefuses_thenEachProblemBesideItsInput() {
        String session = signIn("carla", "CONTRACT_MANAGER");
        String token = csrf(get("/contracts/c-1", session));

        HttpResponse<String> response = postForm("/contracts/c-1/subcontracting-consent", session, Map.of("_csrf",
            List.of(token), "subcontractorId", List.of("pixel-studio"), "subcontractorName", List.of("Pixel Studio"),
            "consentReference", List.of(""), "consentSignatory", List.of("Hanako Yamada")));

        assertEquals(400, response.statusCode(), response.body());
        String page = response.body();
        assertTrue(page.contains("<p class=\"error\" id=\"consentReference-error\">must not be blank"), page);
        assertTrue(page.contains("<p class=\"error\" id=\"tasks-error\">size must be between 1 and 4"), page);
        assertTrue(page.contains("id=\"subcontractorName\" name=\"subcontractorName\" type=\"text\" value=\"Pixel Studio\""),
            "what was typed is kept: " + page);
    }

    @Test
    void givenTerminatedContract_thenGroundNoticeEffectiveDateAndSurvivingDutiesAndNoAction() {
        String session = signIn("carla", "CONTRACT_MANAGER");

        String page = get("/contracts/c-3", session, "Accept-Language", "en-GB").body();

        assertTrue(page.contains("<dt>Ground</dt><dd>Notice, by the client (your company)</dd>"), page);
        assertTrue(page.contains("30 days, as the termination clause requires"), page);
        assertTrue(page.contains("<dt>Effective on</dt><dd>" + date(TODAY.minusDays(5))), page);
        assertTrue(page.contains("Confidentiality: until " + date(TODAY.plusYears(3))), page);
        assertTrue(page.contains("Personal data: without end"), page);
        assertTrue(page.contains("takes no action from your company"), page);
        assertFalse(page.contains("<form method=\"post\" action=\"/contracts/c-3/"), page);
    }

    private static String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK).format(date);
    }
}
