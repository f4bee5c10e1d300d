package org.socialgov.suite.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socialgov.client.contract.ApiException;
import org.socialgov.suite.AmendedContracts;
import org.socialgov.suite.StoredEvents;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The auditor's day in a real browser, through the gateway of the whole suite with the example tenant loaded: open
 * a contract's history, step through its versions seeing what each changed, see its record intact; then someone
 * edits one of its events in the store, and the console flags the record broken, where and how; and download the
 * contracts' events as NDJSON. Skipped where Debian's Chromium is not installed (CI installs it).
 */
class AuditorBrowserTest {

    private static final String TENANT = "example";

    @RegisterExtension
    static final ConsoleWalk WALK = new ConsoleWalk(AuditorBrowserTest.class);
    private static String contractId;

    @BeforeAll
    static void start() throws ApiException {
        contractId = AmendedContracts.cappedDamages(WALK.suite(), TENANT);
    }

    @Test
    void givenAmendedContract_whenSteppedThroughAndThenTamperedWith_thenChangesAndTheBreakAreShown()
        throws IOException {
        try (BrowserContext context = WALK.browser().newContext(WALK.suite().suite.gatewayUrl(), "en-GB")) {
            Page page = context.newPage();
            page.navigate("/sign-in/dev");
            signIn(page);

            link(page, "Audit").first().click();
            assertThat(page.locator(".audit-services li").first()).containsText("Contracts");
            assertThat(page.locator(".audit-services li").first()).containsText("intact");
            WALK.browser().record(page, "auditor-01-audit");

            page.getByLabel("Kind of record").selectOption("contract");
            page.getByLabel("Id").fill(contractId);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open its history")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Contract " + contractId)))
                .isVisible();
            assertThat(page.locator(".audit-intact")).containsText("Record intact");
            assertThat(page.locator(".audit-timeline")).containsText("Amendment accepted");
            assertThat(page.locator(".audit-timeline")).containsText("Contract manager");
            long proposed = Long.parseLong(page.locator("tr", new Page.LocatorOptions().setHasText(
                "Amendment proposed")).locator("td").first().innerText().strip());
            WALK.browser().record(page, "auditor-02-timeline");

            link(page, "Step through its versions").click();
            assertThat(page.getByText("This is the latest version")).isVisible();
            WALK.browser().record(page, "auditor-03-latest-version");
            stepBackTo(page, "Amendment proposed");
            assertThat(page.locator(".audit-changes")).containsText("openAmendment");
            link(page, "Next version ›").click();
            assertThat(page.locator("#stepper h2")).containsText("Amendment accepted");
            assertThat(page.locator(".audit-changes")).containsText("Months of fees");
            assertThat(page.locator(".audit-changes")).containsText("terms.damages.cap");
            assertTrue(page.locator("tr.audit-changed").count() > 0, "the changed fields are highlighted");
            WALK.browser().record(page, "auditor-04-amendment-accepted");

            page.getByLabel("Version (0 to").press("Home");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
            assertThat(page.getByText("This is the first version: everything below was set by it.")).isVisible();
            assertThat(page.locator("#stepper h2")).containsText("Draft created");
            WALK.browser().record(page, "auditor-05-first-version");

            StoredEvents.editPayload(WALK.suite(), "contract-service", contractId, proposed, "\"months\":6",
                "\"months\":12");

            page.navigate("/audit/contract/" + contractId);
            Locator broken = page.locator(".audit-broken");
            assertThat(broken).containsText("Record broken");
            assertThat(broken).containsText("An event was changed after it was recorded");
            assertThat(broken).containsText("Event " + proposed + ": Amendment proposed");
            assertThat(broken).containsText("no longer matches its hash");
            assertThat(page.locator(".audit-broken-row")).containsText("The record breaks here");
            WALK.browser().record(page, "auditor-06-timeline-broken");

            link(page, "Audit").first().click();
            assertThat(page.locator(".audit-services")).containsText("records broken");
            assertThat(link(page, contractId).first()).isVisible();
            WALK.browser().record(page, "auditor-07-audit-broken");

            exportToday(page);
        }
    }

    /** Downloads today's contract events and checks the file: named for them, one JSON object a line. */
    private void exportToday(Page page) throws IOException {
        link(page, "Download the events of a period").click();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        page.getByLabel("Records").selectOption("contract");
        page.getByLabel("First day").fill(today);
        page.getByLabel("Last day").fill(today);
        WALK.browser().record(page, "auditor-08-export");

        Download download;
        try {
            download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Download the events")).click());
        } catch (TimeoutError noFile) {
            throw new AssertionError("No download; the page says: " + page.locator("main").innerText(), noFile);
        }

        assertEquals("socialgov-contract-events-" + today + "-to-" + today + ".ndjson", download.suggestedFilename());
        List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
        assertTrue(lines.size() >= 6, "the contract's events: " + lines);
        for (String line : lines) {
            assertTrue(line.startsWith("{\"") && line.endsWith("}") && line.contains("\"eventType\":"), line);
        }
        assertTrue(lines.stream().anyMatch(line -> line.contains(contractId)
            && line.contains("\"AmendmentAcceptedEvent\"")), String.join("\n", lines));
    }

    /** Back one version at a time, as the "Previous version" link goes, until the version made by this event. */
    private static void stepBackTo(Page page, String event) {
        for (int step = 0; step < 20; step++) {
            String heading = page.locator("#stepper h2").innerText();
            if (heading.contains(event)) {
                return;
            }
            String version = heading.replaceAll("^Version (\\d+) of.*$", "$1");
            link(page, "‹ Previous version").click();
            assertThat(page.locator("#stepper h2")).containsText("Version " + (Long.parseLong(version) - 1) + " of");
        }
        throw new AssertionError("No version made by " + event);
    }

    private static void signIn(Page page) {
        page.getByLabel("Company").fill(TENANT);
        page.getByLabel("Person").fill("aiko");
        page.getByLabel("AUDITOR").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByText("Signed in as")).isVisible();
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
    }
}
