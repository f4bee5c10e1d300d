package org.socialgov.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialgov.platform.identity.Roles;
import org.socialgov.platform.support.TestServer;
import org.socialgov.platform.support.TestTokens;
import org.socialgov.platform.testmodel.DatedNotesController;

/**
 * Dates and date-times are read as RFC 3339 writes them, in query parameters and in bodies alike: a year past 9999,
 * a signed year or a day that does not exist is 400 problem+json naming the field, and reaches no handler.
 */
class StrictDatesHttpTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final TestServer SERVICE = new TestServer(Map.of());

    @ParameterizedTest(name = "day {0}, at {1}")
    @CsvSource({
        "2026-03-01, 2026-03-01T09:30:00Z, 2026-03-01T09:30:00Z",
        "2024-02-29, 2024-02-29T23:59:59.123456789+01:00, 2024-02-29T23:59:59.123456789+01:00",
        "9999-12-31, 9999-12-31T23:59:59-14:00, 9999-12-31T23:59:59-14:00",
        "0001-01-01, 0001-01-01t00:00:00.5z, 0001-01-01T00:00:00.5Z"})
    void givenValidDates_whenPostedAndQueried_thenAcceptedAndAnsweredAsBefore(String day, String at,
                                                                            String atAsAnswered) throws Exception {
        String text = "valid-" + UUID.randomUUID();

        HttpResponse<String> created = post(note(text, day, at, "2026-03-01T08:00:00Z"));
        HttpResponse<String> found = get("/test-dated-notes?on=" + encode(day) + "&after="
            + encode(day + "T00:00:00Z"));

        assertEquals(201, created.statusCode(), created.body());
        assertEquals(200, found.statusCode(), found.body());
        assertTrue(found.body().contains("\"text\":\"" + text + "\",\"day\":\"" + day + "\",\"at\":\""
            + atAsAnswered + "\",\"noticedAt\":\"2026-03-01T08:00:00Z\""), found.body());
    }

    @ParameterizedTest(name = "on={0}")
    @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "10000-01-01", "2026-02-30", "26-01-01",
        "2026-1-01", "2026-01-01T00:00:00Z", ""})
    void givenADateParameterOutsideRfc3339_whenQueried_thenRefusedNamingIt(String on) throws Exception {
        assertRefused(get("/test-dated-notes?on=" + encode(on)), "on");
    }

    @ParameterizedTest(name = "after={0}")
    @ValueSource(strings = {"+999999999-12-31T00:00:00Z", "-999999999-01-01T00:00:00Z", "10000-01-01T00:00:00Z",
        "2026-02-30T00:00:00Z", "2026-03-01T09:30Z", "2026-03-01T09:30:00", "2026-03-01T09:30:00+0100",
        "2026-03-01"})
    void givenADateTimeParameterOutsideRfc3339_whenQueried_thenRefusedNamingIt(String after) throws Exception {
        assertRefused(get("/test-dated-notes?after=" + encode(after)), "after");
    }

    @ParameterizedTest(name = "day {0}")
    @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "10000-01-01", "2026-02-30", "2026-03-01Z"})
    void givenABodyDateOutsideRfc3339_whenPosted_thenRefusedNamingItAndNothingKept(String day) throws Exception {
        String text = "refused-" + UUID.randomUUID();

        assertRefused(post(note(text, day, "2026-03-01T09:30:00Z", "2026-03-01T08:00:00Z")), "day");
        assertNothingKept(text);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "at, +999999999-12-31T23:59:59Z",
        "at, -999999999-01-01T00:00:00Z",
        "at, 10000-01-01T00:00:00Z",
        "at, 2026-02-30T09:30:00Z",
        "at, 2026-03-01T09:30Z",
        "noticedAt, +999999999-12-31T23:59:59Z",
        "noticedAt, 2026-02-30T09:30:00Z",
        "noticedAt, 1772353800"})
    void givenABodyDateTimeOutsideRfc3339_whenPosted_thenRefusedNamingItAndNothingKept(String field, String value)
        throws Exception {
        String text = "refused-" + UUID.randomUUID();
        String at = field.equals("at") ? value : "2026-03-01T09:30:00Z";
        String noticedAt = field.equals("noticedAt") ? value : "2026-03-01T08:00:00Z";

        assertRefused(post(note(text, "2026-03-01", at, noticedAt)), field);
        assertNothingKept(text);
    }

    private static void assertRefused(HttpResponse<String> response, String field) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("\"field\":\"" + field + "\""), response.body());
        // Says what a valid value looks like, without echoing the value sent.
        assertTrue(response.body().contains("(RFC 3339"), response.body());
    }

    private static void assertNothingKept(String text) {
        assertTrue(SERVICE.bean(DatedNotesController.class).accepted().stream()
            .noneMatch(note -> note.text().equals(text)), "a refused note reached the handler");
    }

    private static String note(String text, String day, String at, String noticedAt) {
        return "{\"text\":\"" + text + "\",\"day\":\"" + day + "\",\"at\":\"" + at + "\",\"noticedAt\":\""
            + noticedAt + "\"}";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(authorised(HttpRequest.newBuilder(SERVICE.resolve(pathAndQuery)).GET()),
            HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String json) throws Exception {
        return HTTP.send(authorised(HttpRequest.newBuilder(SERVICE.resolve("/test-dated-notes"))
                .POST(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json")),
            HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest authorised(HttpRequest.Builder request) {
        return request.header("Authorization", "Bearer "
            + TestTokens.internalToken("alice", "acme", List.of(Roles.CONTRACT_MANAGER))).build();
    }
}
