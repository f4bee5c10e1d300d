package org.socialgov.suite.console;

import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The contract manager's day in a real browser, through the gateway of the whole suite with the example tenant
 * loaded: sign in as Carla, sort the contracts by their renewal cancel-by date, open the one that is due, read its
 * signatures, findings and amendments side by side, record the company's written consent to a subcontractor,
 * then sign a draft for the client (first refused by the API for
 * a missing signatory, shown beside the field). Every page is scanned by axe-core and saved as a screenshot.
 * Skipped where Debian's Chromium is not installed (CI installs it).
 */
class ContractManagerBrowserTest {

    @RegisterExtension
    static final ConsoleWalk WALK = new ConsoleWalk(ContractManagerBrowserTest.class);
    private static String activeId;
    private static String draftId;

    @BeforeAll
    static void start() throws Exception {
        DemoContracts demo = new DemoContracts(WALK.suite());
        draftId = demo.draft();
        activeId = demo.activeWithAmendments();
    }

    @Test
    void givenContractManager_whenSortingOpeningAndSigning_thenRenewalFindingsSignaturesAndAmendmentsSideBySide() {
        try (BrowserContext context = WALK.browser().newContext(WALK.suite().suite.gatewayUrl(), "en-GB")) {
            Page page = context.newPage();
            page.navigate("/");
            page.getByLabel("Company").fill(DemoContracts.TENANT);
            page.getByLabel("Person").fill(DemoContracts.MANAGER);
            page.getByLabel("CONTRACT_MANAGER").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            assertThat(page.getByText("Signed in as")).isVisible();

            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Contracts")).click();
            listShowsBoth(page);
            WALK.browser().record(page, "contract-01-list");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cancel renewal by")).click();
            assertThat(page).hasURL(Pattern.compile(".*/contracts\\?sort=cancelBy$"));
            assertThat(page.locator("th[aria-sort=ascending]")).hasText("Cancel renewal by");
            assertThat(page.locator("table.contracts tbody tr").first()).containsText("Blue Sky Digital Ltd");
            assertThat(page.locator("table.contracts tbody tr").first()).containsText("(in 15 days)");
            WALK.browser().record(page, "contract-02-list-by-cancel-by");

            page.locator("a[href='/contracts/" + activeId + "']").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("ソーシャル運用 – Blue Sky 2026")))
                .isVisible();
            assertThat(page.getByText("Hanako Yamada, Head of Legal")).isVisible();
            assertThat(page.getByText("Ken Blue, CEO")).isVisible();
            assertThat(page.locator("#amendment-version-2 mark").first()).containsText("Months of fees");
            assertThat(page.locator("#amendment-version-2 del").first()).containsText("Uncapped");
            assertThat(page.locator("#open-amendment mark")).containsText("Posts a month: 20");
            assertThat(page.locator("#open-amendment del")).containsText("Posts a month: 12");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept amendment 2")))
                .isVisible();
            assertThat(page.getByText("(in 15 days)").first()).isVisible();
            WALK.browser().record(page, "contract-03-active");

            page.getByLabel("Subcontractor's identifier").fill("pixel-studio");
            page.getByLabel("Subcontractor's name").fill("Pixel Studio");
            page.getByLabel("Regular posting").check();
            page.getByLabel("Reference of the written consent").fill("EXAMPLE-LEGAL-2026-014");
            page.getByLabel("Date of the consent").fill(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
            page.getByLabel("Signed by", new Page.GetByLabelOptions().setExact(true)).fill("Hanako Yamada");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the consent")).click();
            assertThat(page).hasURL(Pattern.compile(".*/contracts/" + activeId + "\\?done=consent$"));
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your company's written consent is recorded");
            WALK.browser().record(page, "contract-04-consent-recorded");

            page.navigate("/contracts/" + draftId);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile(
                "^Warnings \\(\\d+\\)$")))).isVisible();
            assertThat(page.getByText("No party has signed the current terms yet.")).isVisible();
            page.getByLabel("Signatory's role").fill("Head of Legal");
            for (Locator justification : page.locator("textarea[name=justification]").all()) {
                justification.fill("Accepted by the board; the agency's insurance covers it");
            }
            WALK.browser().record(page, "contract-05-draft");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign for the client")).click();
            assertThat(page.locator("#signatoryName-error")).isVisible();
            assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
            assertThat(page.getByLabel("Signatory's role")).hasValue("Head of Legal");
            WALK.browser().record(page, "contract-06-draft-signature-refused");

            page.getByLabel("Signatory's name").fill("山田 花子");
            for (Locator justification : page.locator("textarea[name=justification]").all()) {
                justification.fill("Accepted by the board; the agency's insurance covers it");
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign for the client")).click();
            assertThat(page).hasURL(Pattern.compile(".*/contracts/" + draftId + "\\?done=sign$"));
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your company's signature is recorded.");
            assertThat(page.getByText("山田 花子, Head of Legal")).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign for the client")))
                .hasCount(0);
            WALK.browser().record(page, "contract-07-draft-signed");
        }
    }

    /** The list is built from the contracts' events and may trail them by a moment. */
    private static void listShowsBoth(Page page) {
        for (int attempt = 0; attempt < 40; attempt++) {
            if (page.locator("a[href='/contracts/" + activeId + "']").count() > 0
                && page.locator("a[href='/contracts/" + draftId + "']").count() > 0) {
                return;
            }
            page.waitForTimeout(250);
            page.navigate("/contracts");
        }
        throw new AssertionError("The contracts are not listed: " + page.content());
    }
}
