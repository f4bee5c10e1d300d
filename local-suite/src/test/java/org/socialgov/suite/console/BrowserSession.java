package org.socialgov.suite.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Debian's Chromium, headless, driven by Playwright (which never downloads a browser of its own here). Each page
 * visited is saved as a screenshot under target/screenshots and scanned with axe-core; the scan's findings are
 * written beside the screenshots, and a serious or critical one fails the test.
 */
final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private final Playwright playwright;
    private final Browser browser;
    private final List<String> scanReport = new ArrayList<>();
    /** One report per walk: walks run one after another in a build, and each keeps its own. */
    private final Path scanReportFile;
    /** What the browser complained of (a script or style the Content-Security-Policy blocked, a failed load...). */
    private final List<String> consoleErrors = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** A browser for the walk of {@code walk}, whose scan report is {@code target/screenshots/axe-<walk>.txt}. */
    BrowserSession(Class<?> walk) {
        scanReportFile = SCREENSHOTS.resolve("axe-" + walk.getSimpleName() + ".txt");
        playwright = Playwright.create(new Playwright.CreateOptions()
            .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        List<String> args = "root".equals(System.getProperty("user.name")) ? List.of("--no-sandbox") : List.of();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
            .setHeadless(true).setArgs(args));
    }

    /** A fresh browser profile (no cookies) that asks for pages in this language; its console errors are kept. */
    BrowserContext newContext(String baseUrl, String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl)
            .setLocale(locale).setViewportSize(1200, 900));
        // Pages answered with 4xx are expected (refusals, not found); a script, style or htmx call that fails is not.
        context.onPage(page -> page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                consoleErrors.add(page.url() + ": " + message.text());
            }
        }));
        context.onResponse(response -> {
            if (response.status() >= 400 && !"document".equals(response.request().resourceType())) {
                consoleErrors.add(response.url() + " answered " + response.status());
            }
        });
        return context;
    }

    /** Saves the page as {@code name}.png and fails on any serious or critical accessibility violation. */
    void record(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        AxeResults results = new AxeBuilder(page).analyze();
        List<String> blocking = new ArrayList<>();
        for (Rule violation : results.getViolations()) {
            String line = name + " " + page.url() + ": " + violation.getImpact() + " " + violation.getId() + " ("
                + violation.getNodes().size() + " elements) " + violation.getHelp();
            scanReport.add(line);
            if (BLOCKING_IMPACTS.contains(violation.getImpact())) {
                blocking.add(line);
            }
        }
        scanReport.add(name + " " + page.url() + ": " + results.getPasses().size() + " rules passed, "
            + results.getViolations().size() + " violated");
        writeScanReport();
        assertEquals(List.of(), blocking, "serious or critical accessibility violations");
        assertEquals(List.of(), consoleErrors, "errors in the browser's console (a blocked script or style?)");
    }

    private void writeScanReport() {
        try {
            Files.write(scanReportFile, scanReport);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
