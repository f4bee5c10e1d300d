package org.socialgov.incident.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.incident.domain.IncidentIds;
import org.socialgov.testsupport.InternalTokens;
import org.socialgov.testsupport.ServiceRunner;

/**
 * One real incident service per test class, on its own embedded store, and the requests its tests share. Each test
 * reports its own post (a fresh status number), so the tests of a class do not see each other's incidents.
 */
abstract class IncidentServiceHttpTestBase {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    static final String OFFICER = InternalTokens.forUser("olivia", "acme", "COMPLIANCE_OFFICER");
    static final String EVE = InternalTokens.forUser("eve", "acme", "EMPLOYEE");
    static final String BOB = InternalTokens.forUser("bob", "acme", "EMPLOYEE");
    static final String FRANK = InternalTokens.forUser("frank", "acme", "EMPLOYEE");
    static final String AUDITOR = InternalTokens.forUser("ann", "acme", "AUDITOR");
    static final String AGENCY = InternalTokens.forUser("blue-sky", "acme", "AGENCY");
    static final String OTHER_COMPANY = InternalTokens.forUser("olga", "globex", "COMPLIANCE_OFFICER", "AUDITOR",
        "EMPLOYEE");

    @TempDir
    static Path dataDir;
    static ServiceRunner service;

    @BeforeAll
    static void startService() {
        service = ServiceRunner.start(dataDir, Map.of());
        upstream().officialAccountRegistered("account-acmehelp", "acme", "X", "@AcmeHelp", LocalDate.of(2020, 1, 1));
    }

    /** The service's own incident ids: only it can derive them (its key is in its database). */
    static IncidentIds ids() {
        return service.context().getBean(IncidentIds.class);
    }

    /** What contract-service and policy-service record, written into their databases on this test's store. */
    static UpstreamRecords upstream() {
        return new UpstreamRecords(service.context().getBean(MongoClient.class));
    }

    @AfterAll
    static void stopService() {
        service.close();
    }

    /** For a class that needs other settings (e.g. a shorter SLA): the same store, the service started again. */
    static void restartWith(Map<String, Object> settings) {
        service.close();
        service = ServiceRunner.start(dataDir, settings);
    }

    static MutableHttpRequest<String> post(String path, String body, String token) {
        return HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON).bearerAuth(token);
    }

    static String newPostUrl() {
        return "https://x.com/Angry_Customer/status/" + Math.abs(UUID.randomUUID().getMostSignificantBits());
    }

    static String report(String postUrl, String category, String sentiment, long followers, String seenAt) {
        return "{\"platform\":\"X\",\"postUrl\":\"" + postUrl + "\",\"authorHandle\":\"@Angry_Customer\","
            + "\"postedAt\":\"2026-05-04T08:00:00Z\",\"seenAt\":\"" + seenAt + "\","
            + "\"excerpt\":\"Third week without an answer from Acme support\","
            + "\"evidence\":{\"sha256\":\"" + "ab".repeat(32) + "\",\"location\":\"dms://captures/1.png\"},"
            + "\"sentiment\":\"" + sentiment + "\",\"category\":\"" + category + "\","
            + "\"reach\":{\"followers\":" + followers + ",\"reposts\":80,\"replies\":40},\"policyRules\":[4]}";
    }

    static String complaint(String postUrl) {
        return report(postUrl, "COMPLAINT", "NEGATIVE", 5000, "2026-05-04T09:00:00Z");
    }

    static HttpResponse<Map<String, Object>> reportPost(String body, String token) {
        return service.http().exchange(post("/incidents", body, token), JSON);
    }

    /** Eve reports a new negative complaint (suggested P3); the incident's id. */
    static String reportedIncident() {
        return (String) reportPost(complaint(newPostUrl()), EVE).body().get("incidentId");
    }

    static Map<String, Object> step(String incidentId, String step, String body, String token) {
        return service.http().retrieve(post("/incidents/" + incidentId + "/" + step, body, token), JSON);
    }

    static Map<String, Object> read(String incidentId, String token) {
        return service.http().retrieve(HttpRequest.GET("/incidents/" + incidentId).bearerAuth(token), JSON);
    }

    /** One page of the incident list: {@code query} is empty or starts with {@code ?}. */
    static Map<String, Object> page(String query, String token) {
        return service.http().retrieve(HttpRequest.GET("/incidents" + query).bearerAuth(token), JSON);
    }

    /** The incidents of the list's first page, as large as a page may be: a test class reports fewer than that. */
    static List<Map<String, Object>> list(String query, String token) {
        return items(page(query + (query.isEmpty() ? "?" : "&") + "limit=100", token));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    static List<Object> ids(List<Map<String, Object>> items) {
        return items.stream().<Object>map(item -> item.get("incidentId")).toList();
    }
}
