package org.socialgov.policy.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.policy.domain.PolicyIds;
import org.socialgov.testsupport.InternalTokens;
import org.socialgov.testsupport.ServiceRunner;

/** The demo switch loads the example tenant of DOMAIN.md once, and a restart adds nothing. */
class ExampleTenantLoaderTest {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @TempDir
    Path dataDir;

    @Test
    void givenDemoSwitch_whenStartedTwice_thenTheExamplePolicyIsPublicOnceWithItsRulesAndAccounts() {
        Map<String, Object> demo = Map.of("socialgov.demo.enabled", true);
        String history = "/policies/" + PolicyIds.forTenant("example") + "/history";
        String auditor = InternalTokens.forUser("ann", "example", "AUDITOR");
        int events;
        try (ServiceRunner service = ServiceRunner.start(dataDir, demo)) {
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> ((List<?>) service.http()
                .retrieve(HttpRequest.GET("/public/example/policy"), JSON).get("officialAccounts")).size() == 2);
            Map<String, Object> page = service.http().retrieve(HttpRequest.GET("/public/example/policy"), JSON);
            assertEquals("2012-07-25", page.get("effectiveFrom"));
            assertEquals(3, ((List<?>) page.get("purposes")).size());
            assertEquals(7, ((List<?>) page.get("guidelines")).size());
            events = ((List<?>) service.http().retrieve(HttpRequest.GET(history).bearerAuth(auditor), JSON)
                .get("events")).size();
        }
        try (ServiceRunner restarted = ServiceRunner.start(dataDir, demo)) {
            assertEquals(events, ((List<?>) restarted.http().retrieve(HttpRequest.GET(history).bearerAuth(auditor),
                JSON).get("events")).size());
        }
    }
}
