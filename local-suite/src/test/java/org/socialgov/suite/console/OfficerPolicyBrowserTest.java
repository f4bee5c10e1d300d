package org.socialgov.suite.console;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The compliance officer's policy day in a real browser, through the gateway of the whole suite with the example
 * tenant loaded: sign in as Hanako, see the versions, start a draft of version 2 (first with a rule the API refuses,
 * shown beside the rule), publish it, see compliance with it drawn as a chart, register a person and record their
 * training, see the official accounts; then Emi, an employee, is asked to acknowledge version 2 on her policy page,
 * does, and the officer's compliance page counts her.
 * Skipped where Debian's Chromium is not installed (CI installs it).
 */
class OfficerPolicyBrowserTest {

    private static final String NEW_RULE_TITLE = "同僚の写真は本人の同意を得てから – spør før du deler";

    @RegisterExtension
    static final ConsoleWalk WALK = new ConsoleWalk(OfficerPolicyBrowserTest.class);

    @Test
    void givenOfficer_whenDraftingPublishingAndKeepingTheRoster_thenTheEmployeeIsAskedToAcknowledge() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        try (BrowserContext context = WALK.browser().newContext(WALK.suite().suite.gatewayUrl(), "en-GB")) {
            Page page = context.newPage();
            page.navigate("/sign-in/dev");
            signIn(page, "hanako", "COMPLIANCE_OFFICER");

            nav(page, "Policy versions");
            assertThat(page.getByText("In force", new Page.GetByTextOptions().setExact(true))).isVisible();
            assertThat(link(page, "Version 1")).isVisible();
            WALK.browser().record(page, "officer-policy-01-versions");

            link(page, "Start a new draft (version 2)").click();
            assertThat(page.locator("#purposes")).containsText("To make the company and its services known");
            page.locator("#rule7-number").fill("8");
            page.locator("#rule7-title").fill(NEW_RULE_TITLE);
            page.locator("#rule7-category").selectOption("CONDUCT");
            WALK.browser().record(page, "officer-policy-02-draft-form");
            button(page, "Save the draft").click();
            assertThat(page.locator("#rule7-text-error")).isVisible();
            assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
            assertThat(page.locator("#rule7-title")).hasValue(NEW_RULE_TITLE);
            WALK.browser().record(page, "officer-policy-03-draft-refused");

            page.locator("#rule7-text").fill("Ask a colleague before posting a photo of them; Japanese 写真, "
                + "Norwegian bilde – æ ø å.");
            button(page, "Save the draft").click();
            assertThat(page.getByText("The draft is saved.")).isVisible();
            assertThat(page.getByText(NEW_RULE_TITLE)).isVisible();
            WALK.browser().record(page, "officer-policy-04-draft-saved");

            page.getByLabel("In force from").fill(today);
            button(page, "Publish version 2").click();
            assertThat(page.getByText("The version is published")).isVisible();
            WALK.browser().record(page, "officer-policy-05-published");

            complianceWithVersion2(page);
            assertThat(page.locator("figure.chart canvas")).isVisible();
            assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("emi").setExact(true)))
                .isVisible();
            WALK.browser().record(page, "officer-policy-06-compliance");

            nav(page, "Roster");
            assertThat(link(page, "Emi Sato")).isVisible();
            WALK.browser().record(page, "officer-policy-07-roster");
            link(page, "Register a person").click();
            page.getByLabel("User id").fill("yuki");
            page.getByLabel("Name").fill("Yuki Tanaka 田中");
            page.getByLabel("Standing").selectOption("EMPLOYEE");
            page.getByLabel("Joined on").fill(today);
            WALK.browser().record(page, "officer-policy-08-register");
            button(page, "Register").click();
            assertThat(page.getByText("The person is on the roster.")).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Yuki Tanaka 田中")))
                .isVisible();
            page.getByLabel("Session").fill("Sosiale medier og deg – 2026");
            page.getByLabel("Attended on").fill(today);
            button(page, "Record the training").click();
            assertThat(page.getByText("The training is recorded.")).isVisible();
            assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions()
                .setName("Sosiale medier og deg – 2026"))).isVisible();
            WALK.browser().record(page, "officer-policy-09-person");

            nav(page, "Official accounts");
            assertThat(link(page, "@example_corp")).isVisible();
            assertThat(link(page, "examplecorp")).isVisible();
            WALK.browser().record(page, "officer-policy-10-official-accounts");
        }
        try (BrowserContext context = WALK.browser().newContext(WALK.suite().suite.gatewayUrl(), "nb-NO")) {
            Page page = context.newPage();
            page.navigate("/sign-in/dev");
            signIn(page, "emi", "EMPLOYEE");
            nav(page, "The policy");
            assertThat(page.getByText("You still have to acknowledge version 2")).isVisible();
            assertThat(page.getByText(NEW_RULE_TITLE)).isVisible();
            WALK.browser().record(page, "officer-policy-11-employee-asked");
            button(page, "I have read and accept version 2").click();
            assertThat(page.getByText("You have read and accepted version 2")).isVisible();
        }
        try (BrowserContext context = WALK.browser().newContext(WALK.suite().suite.gatewayUrl(), "ja-JP")) {
            Page page = context.newPage();
            page.navigate("/sign-in/dev");
            signIn(page, "hanako", "COMPLIANCE_OFFICER");
            complianceShows(page, "1 (25 %)");  // Yuki, registered above, is bound too
            assertThat(page.locator("figure.chart canvas")).isVisible();
            assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("emi").setExact(true)))
                .hasCount(0);
            WALK.browser().record(page, "officer-policy-12-compliance-after-acknowledgement");
        }
    }

    /** Acknowledgements reach the compliance report through its projection, a moment after they are given. */
    private static void complianceShows(Page page, String acknowledged) {
        for (int attempt = 0; attempt < 40; attempt++) {
            nav(page, "Compliance");
            if (page.getByText(acknowledged, new Page.GetByTextOptions().setExact(true)).count() > 0) {
                return;
            }
            page.waitForTimeout(250);
        }
        throw new AssertionError("Compliance does not show " + acknowledged + " acknowledged: " + page.content());
    }

    /** The compliance report is built from the events and may trail the publication by a moment. */
    private static void complianceWithVersion2(Page page) {
        for (int attempt = 0; attempt < 40; attempt++) {
            nav(page, "Compliance");
            if (page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Compliance with version 2"))
                .count() > 0) {
                return;
            }
            page.waitForTimeout(250);
        }
        throw new AssertionError("Compliance does not show version 2: " + page.content());
    }

    private static void signIn(Page page, String person, String role) {
        page.getByLabel("Company").fill("example");
        page.getByLabel("Person").fill(person);
        page.getByLabel(role).check();
        button(page, "Sign in").click();
        assertThat(page.getByText("Signed in as")).isVisible();
    }

    private static void nav(Page page, String name) {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
            .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(name)
                .setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile(".*/(policy-admin|policy).*"));
    }

    private static com.microsoft.playwright.Locator link(Page page, String name) {
        return page.locator("main").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
            .setName(name).setExact(true));
    }

    private static com.microsoft.playwright.Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
