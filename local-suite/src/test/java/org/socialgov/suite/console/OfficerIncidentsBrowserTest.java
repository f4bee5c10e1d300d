package org.socialgov.suite.console;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compliance officer's day in a real browser, through the gateway of the whole suite with the example tenant
 * loaded: employees report mentions through the API; Hanako opens the incident board, opens one, triages it, decides
 * the response on one of the company's official accounts (first with a link that is not the account's, refused
 * beside the field), resolves and closes it, reads the timeline, opens the weekly statistics, drawn as charts, and
 * filters the board by severity and state.
 * Skipped where Debian's Chromium is not installed (CI installs it).
 */
class OfficerIncidentsBrowserTest {

    private static final Pattern INCIDENT_ID = Pattern.compile("\"incidentId\"\\s*:\\s*\"([^\"]+)\"");
    private static final String EXCERPT = "この投稿は誤解を招きます – innlegget er misvisende, og æ ø å vises riktig.";
    private static final String ACCOUNT_POST = "https://x.com/example_corp/status/1790000000000000009";

    @RegisterExtension
    static final ConsoleWalk WALK = new ConsoleWalk(OfficerIncidentsBrowserTest.class);

    @Test
    void givenEmployeesReport_whenOfficerTriagesRespondsResolvesAndCloses_thenTheTimelineTellsItAndStatisticsDraw() {
        String incidentId = report("emi", "RUMOUR_OR_MISINFORMATION", EXCERPT);
        String complaintId = report("taro", "COMPLAINT", "Kundeservice svarte aldri – サポートから返事がありません");
        report("emi", "PRAISE", "Great help from the support team today");

        try (BrowserContext context = WALK.browser().newContext(WALK.suite().suite.gatewayUrl(), "en-GB")) {
            Page page = context.newPage();
            page.navigate("/sign-in/dev");
            page.getByLabel("Company").fill("example");
            page.getByLabel("Person").fill("hanako");
            page.getByLabel("COMPLIANCE_OFFICER").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            assertThat(page.getByText("Signed in as")).isVisible();

            link(page, "Incident board").click();
            boardShows(page, incidentId);
            assertThat(row(page, incidentId)).containsText("Triage due in");
            WALK.browser().record(page, "officer-01-incident-board");

            page.locator("a[href='/incidents/" + incidentId + "']").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Incident " + incidentId)))
                .isVisible();
            assertThat(page.locator("blockquote").first()).hasText(EXCERPT);
            WALK.browser().record(page, "officer-02-incident-reported");

            page.getByLabel("Severity", new Page.GetByLabelOptions().setExact(true)).selectOption("P2");
            page.getByLabel("Why another severity than the one suggested").fill("広がっている – it spreads fast");
            page.getByLabel("Assign to").fill("hanako");
            button(page, "Triage").click();
            assertThat(page.getByText("Triaged it as P2, assigned to hanako")).isVisible();
            assertThat(page.locator(".lead")).containsText("Decision due in");
            WALK.browser().record(page, "officer-03-incident-triaged");

            page.getByLabel("An official account").check();
            page.getByLabel("Official account", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("@example_corp on X"));
            page.getByLabel("The response's text").fill("正しい情報はこちら – the facts are on our site.");
            page.getByLabel("Where it was published (link)").fill("https://x.com/someone_else/status/1");
            button(page, "Decide the response").click();
            assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
            assertThat(page.locator("#responseLink-error")).isVisible();
            assertThat(page.getByLabel("The response's text")).hasValue("正しい情報はこちら – the facts are on our site.");
            WALK.browser().record(page, "officer-04-response-refused");

            page.getByLabel("Where it was published (link)").fill(ACCOUNT_POST);
            button(page, "Decide the response").click();
            assertThat(page.getByText("Decided to respond on the official account @example_corp (X)")).isVisible();
            WALK.browser().record(page, "officer-05-response-decided");

            page.getByLabel("How it was resolved").fill("The rumour was corrected on @example_corp; replies calmed down.");
            button(page, "Resolve").click();
            assertThat(page.getByText("Resolved it")).isVisible();
            button(page, "Close").click();
            assertThat(page.getByText("Closed it")).isVisible();
            assertThat(page.locator(".lead .state")).hasText("Closed");
            assertEquals(0, page.locator("form[action$='/resolution'], form[action$='/triage']").count(),
                "a closed incident offers only what the API would take");
            Locator timeline = page.locator("ol.timeline");
            for (String step : new String[] {"Reported the post", "Triaged it as P2", "Decided to respond",
                "Resolved it", "Closed it"}) {
                assertThat(timeline).containsText(step);
            }
            WALK.browser().record(page, "officer-06-incident-closed");

            link(page, "Incident statistics").click();
            assertThat(page.locator(".chart-canvas canvas").first()).isVisible();
            assertTrue(page.locator(".chart-canvas canvas").count() >= 3);
            WALK.browser().record(page, "officer-07-incident-statistics");

            link(page, "Incident board").click();
            boardShows(page, incidentId);
            assertThat(row(page, incidentId)).containsText("Closed");
            WALK.browser().record(page, "officer-08-incident-board-after");
            // The README's picture of the board: the first screen only, at a fixed size.
            page.setViewportSize(1200, 800);
            page.screenshot(new Page.ScreenshotOptions()
                .setPath(BrowserSession.SCREENSHOTS.resolve("officer-readme-incident-board.png")));

            page.getByLabel("Severity", new Page.GetByLabelOptions().setExact(true)).selectOption("P2");
            page.getByLabel("State", new Page.GetByLabelOptions().setExact(true)).selectOption("CLOSED");
            button(page, "Show").click();
            assertThat(page).hasURL(Pattern.compile(".*severity=P2.*state=CLOSED.*"));
            assertThat(row(page, incidentId)).isVisible();
            assertEquals(0, row(page, complaintId).count(), "the open complaint is filtered out");
            Locator severities = page.locator("table.board .severity");
            for (int item = 0; item < severities.count(); item++) {
                assertThat(severities.nth(item)).hasText("P2");
            }
            assertThat(page.getByLabel("Severity", new Page.GetByLabelOptions().setExact(true))).hasValue("P2");
            WALK.browser().record(page, "officer-09-incident-board-filtered");
        }
    }

    /** An employee of the example tenant reports a post through the API; answers the incident it opened. */
    private static String report(String person, String category, String excerpt) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        String json = "{\"platform\":\"X\",\"postUrl\":\"https://x.com/someone/status/" + System.nanoTime() + "\","
            + "\"authorHandle\":\"@someone\",\"postedAt\":\"" + now.minusHours(3) + "Z\",\"seenAt\":\""
            + now.minusHours(1) + "Z\",\"excerpt\":\"" + excerpt + "\",\"evidence\":{\"sha256\":\"" + "cd".repeat(32)
            + "\",\"location\":\"https://drive.example/c.png\"},\"sentiment\":\"NEGATIVE\",\"category\":\""
            + category + "\",\"reach\":{\"followers\":1200,\"reposts\":35,\"replies\":12}}";
        HttpResponse<String> created = WALK.suite().call("POST", "/api/incidents", WALK.suite().token(person, "example",
            "EMPLOYEE"), json);
        assertEquals(201, created.statusCode(), created.body());
        Matcher id = INCIDENT_ID.matcher(created.body());
        assertTrue(id.find(), created.body());
        return id.group(1);
    }

    /** The board is built from the events and may trail a report by a moment. */
    private static void boardShows(Page page, String incidentId) {
        for (int attempt = 0; attempt < 40; attempt++) {
            if (row(page, incidentId).count() > 0) {
                return;
            }
            page.waitForTimeout(250);
            page.reload();
        }
        throw new AssertionError("Incident " + incidentId + " is not on the board: " + page.content());
    }

    /** The incident's row on the board (its link shows the identifier's first characters). */
    private static Locator row(Page page, String incidentId) {
        return page.locator("tr:has(a[href='/incidents/" + incidentId + "'])");
    }

    /** The first link of that name (the navigation's, where the start page repeats it as a card). */
    private static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).first();
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
