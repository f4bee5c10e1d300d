package org.socialgov.suite.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.socialgov.suite.RunningSuite;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One role's walk through the console in a real browser: the whole suite with the example tenant loaded (--demo) on a
 * scratch store, and a browser, for one test class; skipped where Debian's Chromium is not installed (CI installs it).
 * {@code @RegisterExtension static final ConsoleWalk WALK = new ConsoleWalk(MyBrowserTest.class);}
 */
final class ConsoleWalk implements BeforeAllCallback, AfterAllCallback {

    private final Class<?> walk;
    private Path dataDir;
    private RunningSuite suite;
    private BrowserSession browser;

    ConsoleWalk(Class<?> walk) {
        this.walk = walk;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        assumeTrue(Files.isExecutable(BrowserSession.CHROMIUM), "Debian's chromium is not installed");
        dataDir = Files.createTempDirectory("console-walk");
        suite = RunningSuite.startAll(dataDir, Map.of("SOCIALGOV_DEMO", "true"));
        browser = new BrowserSession(walk);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (browser != null) {
                browser.close();
            }
            if (suite != null) {
                suite.close();
            }
        } finally {
            if (dataDir != null) {
                try (Stream<Path> files = Files.walk(dataDir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(ConsoleWalk::delete);
                }
            }
        }
    }

    RunningSuite suite() {
        return suite;
    }

    BrowserSession browser() {
        return browser;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
