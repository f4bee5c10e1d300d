package org.socialgov.suite;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./run-suite}: starts the whole suite on the embedded store and keeps it running until Ctrl-C.
 * Options: {@code --data-dir DIR} (default ./data), {@code --store-port N} (default 27018), {@code --demo} (load the
 * example tenant of DOMAIN.md: its published policy, official accounts and roster).
 */
public final class SuiteLauncher {

    private SuiteLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path dataDir = Path.of(option(args, "--data-dir", System.getenv().getOrDefault("SOCIALGOV_DATA_DIR", "data")))
            .toAbsolutePath().normalize();
        int storePort = Integer.parseInt(option(args, "--store-port", "27018"));
        Path repository = Path.of("").toAbsolutePath();

        System.out.println("Starting SocialGov on the embedded store...");
        LocalSuite suite;
        try {
            boolean demo = List.of(args).contains("--demo");
            suite = LocalSuite.start(repository, dataDir, storePort, EnumSet.allOf(SuiteApplication.class), Map.of(),
                demo ? Map.of("SOCIALGOV_DEMO", "true") : Map.of(), line -> System.out.println("  " + line));
        } catch (RuntimeException e) {
            System.err.println("SocialGov could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping SocialGov...");
            suite.close();
            System.out.println("Stopped. Data kept in " + dataDir.toAbsolutePath());
            stopped.countDown();
        }, "suite-shutdown"));

        String gateway = suite.gatewayUrl();
        System.out.println();
        System.out.println("SocialGov is running. Gateway: " + gateway + "   (Ctrl-C stops everything)");
        System.out.println("Open the web console: " + gateway + "/   (development sign-in: any company, person"
            + " and roles; with --demo, company example, person emi, role EMPLOYEE)");
        System.out.println("Get a development token:");
        System.out.println("  TOKEN=$(curl -s -X POST " + gateway + "/dev/tokens -H 'Content-Type: application/json' \\");
        System.out.println("    -d '{\"subject\":\"alice\",\"tenant\":\"acme\",\"roles\":[\"CONTRACT_MANAGER\"]}'"
            + " | sed 's/.*\"token\":\"\\([^\"]*\\)\".*/\\1/')");
        System.out.println("Then see README.md for the curl tour. With --demo: curl " + gateway
            + "/api/public/example/policy");
        stopped.await();
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
