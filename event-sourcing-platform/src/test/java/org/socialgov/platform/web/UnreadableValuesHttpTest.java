package org.socialgov.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialgov.platform.identity.Roles;
import org.socialgov.platform.support.TestServer;
import org.socialgov.platform.support.TestTokens;

/**
 * A value the server cannot read is refused with 400 naming the field or parameter as the client sends it, and saying
 * in words what it must be (the values an enumeration allows, the kind of JSON value), never with the Java type it
 * would have become or the parser's vocabulary.
 */
class UnreadableValuesHttpTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Java types and packages, the parser's token names, Serde's phrases: what no answer may show. */
    private static final Pattern INTERNALS = Pattern.compile("org\\.socialgov\\.|io\\.micronaut\\.|java\\.lang\\."
        + "|com\\.fasterxml|deserialization of type|No enum constant|ParcelKind|Parcel parcel|[A-Z]+_[A-Z]+\\b"
        + "|StreamReadFeature|\\bint\\b");
    private static final String KINDS = "must be one of LETTER, PARCEL, PALLET";

    @RegisterExtension
    static final TestServer SERVICE = new TestServer(Map.of());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "/test-parcels?kind=NOPE | kind | " + KINDS,
        "/test-parcels?limit=ten | limit | must be a whole number"})
    void givenAQueryValueOfTheWrongKind_whenSent_thenRefusedNamingItAndWhatItMustBe(String pathAndQuery,
                                                                                  String field, String message)
        throws Exception {
        assertRefused(send(request(pathAndQuery).GET()), field, message);
    }

    @Test
    void givenAHeaderOutsideItsEnumeration_whenSent_thenRefusedNamingTheHeaderAndTheAllowedValues() throws Exception {
        assertRefused(send(request("/test-parcels").GET().header("X-Parcel-Kind", "NOPE")), "X-Parcel-Kind", KINDS);
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"kind\":\"NOPE\",\"weight\":1} | kind | " + KINDS,
        "{\"kind\":\"LETTER\",\"weight\":1,\"to\":{\"street\":\"a\",\"accepts\":\"NOPE\"}} | to.accepts | " + KINDS,
        "{\"kind\":\"LETTER\",\"kind\":\"PARCEL\",\"weight\":1} | kind | is given more than once; give each field once",
        "{\"kind\":\"LETTER\",\"weight\":1,\"to\":{\"street\":\"a\",\"street\":\"b\"}} | to.street "
            + "| is given more than once; give each field once",
        "{\"kind\":\"LETTER\",\"weight\":\"heavy\"} | weight | must be a whole number, not a string",
        "{\"kind\":\"LETTER\",\"weight\":99999999999} | weight | must be a whole number from -2147483648 to 2147483647",
        "{\"kind\":\"LETTER\",\"weight\":1,\"labels\":\"x\"} | labels | must be an array, not a string",
        "{\"kind\":\"LETTER\",\"weight\":1,\"to\":\"x\"} | to | must be an object, not a string",
        "{\"kind\":[],\"weight\":1} | kind | must be a string",
        "[1,2] | body | must be an object, not an array",
        "{\"kind\":\"LETTER\",\"weight\":1 | body "
            + "| is not valid JSON at /weight, line 1, column 28: Unexpected end-of-input: expected close marker for Object",
        "`` | body | is required"})
    void givenABodyValueThatDoesNotRead_whenPosted_thenRefusedNamingItsPathAndWhatIsWrong(String body, String field,
                                                                                        String message)
        throws Exception {
        HttpResponse<String> answer = send(request("/test-parcels").header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertRefused(answer, field, message);
    }

    @Test
    void givenAPathSegmentNamingNoValueOfItsEnumeration_whenAsked_thenTheOrdinaryNotFound() throws Exception {
        HttpResponse<String> unknownKind = send(request("/test-parcels/kinds/NOPE").GET());
        HttpResponse<String> unknownRoute = send(request("/test-parcels/no-such-route/NOPE").GET());

        assertEquals(404, unknownKind.statusCode(), unknownKind.body());
        assertEquals(withoutInstance(unknownRoute), withoutInstance(unknownKind));
        assertFalse(INTERNALS.matcher(unknownKind.body()).find(), unknownKind.body());
    }

    private static void assertRefused(HttpResponse<String> answer, String field, String message) {
        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
        Map<String, Object> problem = json(answer);
        assertEquals(List.of(Map.of("field", field, "message", message)), problem.get("errors"), answer.body());
        assertEquals("Field '" + field + "' " + message, problem.get("detail"));
        assertFalse(INTERNALS.matcher(answer.body()).find(), answer.body());
    }

    private static Map<String, Object> withoutInstance(HttpResponse<String> answer) {
        Map<String, Object> problem = new java.util.HashMap<>(json(answer));
        assertTrue(problem.remove("instance") != null, answer.body());
        return problem;
    }

    private static Map<String, Object> json(HttpResponse<String> answer) {
        try {
            return SERVICE.bean(JsonMapper.class).readValue(answer.body(), Argument.mapOf(String.class, Object.class));
        } catch (java.io.IOException e) {
            throw new AssertionError("Not JSON: " + answer.body(), e);
        }
    }

    private static HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(SERVICE.resolve(pathAndQuery)).header("Authorization", "Bearer "
            + TestTokens.internalToken("alice", "acme", List.of(Roles.CONTRACT_MANAGER)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
