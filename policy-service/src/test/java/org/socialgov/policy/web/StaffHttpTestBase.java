package org.socialgov.policy.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import org.socialgov.testsupport.InternalTokens;

/**
 * One real policy service per test class, on its own embedded store, and the requests the staff HTTP tests share:
 * acme's compliance officer keeping the roster. Each test registers people of its own, so tests do not meet.
 */
abstract class StaffHttpTestBase extends PolicyServiceHttpTestBase {

    static final String OFFICER = InternalTokens.forUser("chiyo", "acme", "COMPLIANCE_OFFICER");
    static final String AUDITOR = InternalTokens.forUser("ann", "acme", "AUDITOR");
    /** More pages than any test's roster fills: a cursor that does not move on fails instead of looping. */
    static final int MAX_PAGES = 50;

    static MutableHttpRequest<String> post(String path, String body, String token) {
        return HttpRequest.POST("/staff" + path, body).contentType(MediaType.APPLICATION_JSON).bearerAuth(token);
    }

    static String registration(String personId, String standing, String since) {
        return "{\"personId\":\"" + personId + "\",\"name\":\"Hanako Yamada\",\"standing\":\"" + standing
            + "\",\"since\":\"" + since + "\"}";
    }

    static HttpResponse<Map<String, Object>> register(String personId, String standing, String since) {
        return service.http().exchange(post("", registration(personId, standing, since), OFFICER), JSON);
    }

    static HttpResponse<Map<String, Object>> changeStanding(String personId, String standing, String since) {
        return service.http().exchange(post("/" + personId + "/standing-changes",
            "{\"standing\":\"" + standing + "\",\"since\":\"" + since + "\"}", OFFICER), JSON);
    }

    static HttpResponse<Map<String, Object>> leave(String personId, String leftOn) {
        return service.http().exchange(post("/" + personId + "/departure", "{\"leftOn\":\"" + leftOn + "\"}",
            OFFICER), JSON);
    }

    static Map<String, Object> read(String personId, String token) {
        return service.http().retrieve(HttpRequest.GET("/staff/" + personId).bearerAuth(token), JSON);
    }

    /** One page of the roster; {@code query} is empty or starts with {@code ?}. */
    static Map<String, Object> rosterPage(String query, String token) {
        return service.http().retrieve(HttpRequest.GET("/staff" + query).bearerAuth(token), JSON);
    }

    /** The whole roster (or everyone of the standing the query asks for), read page by page. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> roster(String query, String token) {
        List<Map<String, Object>> entries = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, Object> page = rosterPage((query.isEmpty() ? "?" : query + "&") + "limit=100"
                + (cursor == null ? "" : "&cursor=" + cursor), token);
            entries.addAll((List<Map<String, Object>>) page.get("items"));
            cursor = (String) page.get("nextCursor");
            assertTrue(++pages <= MAX_PAGES, "the roster's cursor does not move on");
        } while (cursor != null);
        return entries;
    }

    static Optional<Map<String, Object>> inRoster(String query, String personId) {
        return roster(query, OFFICER).stream().filter(entry -> personId.equals(entry.get("personId"))).findFirst();
    }

    /** The roster entry once the projection shows what is expected of it (it trails a change by a moment). */
    static Map<String, Object> awaitInRoster(String query, String personId, String field, Object expected) {
        await().atMost(Duration.ofSeconds(20)).until(() -> inRoster(query, personId)
            .map(entry -> expected.equals(entry.get(field))).orElse(false));
        return inRoster(query, personId).orElseThrow();
    }

    static long storedEvents() {
        return service.context().getBean(MongoDatabase.class).getCollection("domainevents").countDocuments();
    }
}
