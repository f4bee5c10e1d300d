package org.socialgov.policy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialgov.testsupport.Problems.assertProblem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed requests are refused with 400 problem+json naming the offending field, and store nothing. */
class StaffInvalidInputHttpTest extends StaffHttpTestBase {

    @BeforeAll
    static void someoneOnStaff() {
        register("hanako", "EMPLOYEE", "2024-04-01");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown standing|''|{'personId':'p1','name':'N','standing':'BOSS','since':'2024-04-01'}|standing",
        "missing name|''|{'personId':'p1','standing':'EMPLOYEE','since':'2024-04-01'}|name",
        "blank name|''|{'personId':'p1','name':'','standing':'EMPLOYEE','since':'2024-04-01'}|name",
        "since not a date|''|{'personId':'p1','name':'N','standing':'EMPLOYEE','since':'01/04/2024'}|since",
        "since no such day|''|{'personId':'p1','name':'N','standing':'EMPLOYEE','since':'2024-13-01'}|since",
        "person id with a slash|''|{'personId':'a/b','name':'N','standing':'EMPLOYEE','since':'2024-04-01'}|personId",
        "change to unknown standing|/hanako/standing-changes|{'standing':'BOSS','since':'2025-04-01'}|standing",
        "change without a date|/hanako/standing-changes|{'standing':'OFFICER'}|since",
        "departure date malformed|/hanako/departure|{'leftOn':'yesterday'}|leftOn",
        "training without a title|/hanako/trainings|{'attendedOn':'2024-06-12'}|title",
        "training date malformed|/hanako/trainings|{'title':'T','attendedOn':'2024-06-31'}|attendedOn"})
    void givenInvalidRequest_whenPosted_thenBadRequestNamesTheFieldAndNothingIsStored(
        String caseName, String path, String body, String field) {
        long eventsBefore = storedEvents();

        HttpClientResponseException refused = assertProblem(() -> service.http().exchange(
            post(path, body.replace('\'', '"'), OFFICER), JSON), 400, "invalid-request");

        String problem = refused.getResponse().getBody(String.class).orElseThrow();
        assertTrue(problem.contains("\"field\":\"" + field + "\""), caseName + ": " + problem);
        assertEquals(eventsBefore, storedEvents(), caseName + " must store nothing");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown standing filter|/staff?standing=BOSS|standing",
        "person id with spaces|/staff/two%20words|personId"})
    void givenInvalidQuery_whenRead_thenBadRequestNamesTheParameter(String caseName, String uri, String field) {
        HttpClientResponseException refused = assertProblem(() -> service.http().exchange(
            HttpRequest.GET(uri).bearerAuth(OFFICER), JSON), 400, "invalid-request");

        String problem = refused.getResponse().getBody(String.class).orElseThrow();
        assertTrue(problem.contains("\"field\":\"" + field + "\""), caseName + ": " + problem);
    }
}
