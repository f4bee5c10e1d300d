package org.socialgov.policy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialgov.testsupport.Problems.assertProblem;

import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Keeping the roster through the real service: register, change standing, leave, rejoin, record training. */
class StaffRosterHttpTest extends StaffHttpTestBase {

    @Test
    void givenNewPerson_whenRegistered_thenCreatedReadableAndOnTheRoster() {
        HttpResponse<Map<String, Object>> created = register("hanako", "EMPLOYEE", "2024-04-01");

        assertEquals(201, created.code());
        assertEquals("/staff/hanako", created.header(HttpHeaders.LOCATION));
        assertEquals("\"0\"", created.header(HttpHeaders.ETAG));
        Map<String, Object> expected = Map.of("personId", "hanako", "name", "Hanako Yamada", "standing", "EMPLOYEE",
            "since", "2024-04-01", "trainings", List.of());
        assertEquals(expected, created.body());
        assertEquals(expected, read("hanako", OFFICER));
        assertEquals(expected, awaitInRoster("", "hanako", "standing", "EMPLOYEE"));
    }

    @Test
    void givenRegisteredPerson_whenRegisteredAgain_thenConflictAndNothingChanges() {
        register("taro", "EMPLOYEE", "2024-04-01");
        long eventsBefore = storedEvents();

        assertProblem(() -> register("taro", "OFFICER", "2025-04-01"), 409, "already-exists");

        assertEquals("EMPLOYEE", read("taro", OFFICER).get("standing"));
        assertEquals(eventsBefore, storedEvents());
    }

    @Test
    void givenRegistrationLostOnTheWay_whenRetriedWithTheSameIdempotencyKey_thenTheOriginalAnswer() {
        String body = registration("kenji", "OFFICER", "2023-06-01");
        HttpResponse<Map<String, Object>> first = service.http().exchange(post("", body, OFFICER)
            .header("Idempotency-Key", "register-kenji"), JSON);
        HttpResponse<Map<String, Object>> retry = service.http().exchange(post("", body, OFFICER)
            .header("Idempotency-Key", "register-kenji"), JSON);

        assertEquals(201, retry.code());
        assertEquals(first.body(), retry.body());
        assertEquals("/staff/kenji", retry.header(HttpHeaders.LOCATION));
    }

    @Test
    void givenEmployee_whenPromotedThenLeaves_thenTheRosterFollows() {
        register("aiko", "EMPLOYEE", "2024-04-01");

        HttpResponse<Map<String, Object>> promoted = changeStanding("aiko", "OFFICER", "2025-04-01");
        assertEquals("\"1\"", promoted.header(HttpHeaders.ETAG));
        assertEquals("OFFICER", promoted.body().get("standing"));
        assertEquals("2025-04-01", awaitInRoster("?standing=OFFICER", "aiko", "since", "2025-04-01").get("since"));

        HttpResponse<Map<String, Object>> left = leave("aiko", "2026-01-31");
        assertEquals("FORMER_EMPLOYEE", left.body().get("standing"));
        assertEquals("2026-01-31", awaitInRoster("?standing=FORMER_EMPLOYEE", "aiko", "since", "2026-01-31")
            .get("since"));
        assertTrue(inRoster("?standing=OFFICER", "aiko").isEmpty(), "no longer listed as an officer");
    }

    @Test
    void givenFormerEmployee_whenRejoinsAsNonRegularStaff_thenOnStaffAgain() {
        register("goro", "EMPLOYEE", "2020-04-01");
        leave("goro", "2022-03-31");

        Map<String, Object> rejoined = changeStanding("goro", "NON_REGULAR_EMPLOYEE", "2024-10-01").body();

        assertEquals("NON_REGULAR_EMPLOYEE", rejoined.get("standing"));
        assertEquals("2024-10-01", rejoined.get("since"));
    }

    @Test
    void givenEmployee_whenTrainingRecorded_thenOnTheirEntryAndInTheRoster() {
        register("mei", "NON_REGULAR_EMPLOYEE", "2024-04-01");

        HttpResponse<Map<String, Object>> recorded = service.http().exchange(post("/mei/trainings",
            "{\"title\":\"Social media guidelines 2024\",\"attendedOn\":\"2024-06-12\","
                + "\"provider\":\"Blue Sky Digital Ltd\"}", OFFICER), JSON);

        List<Map<String, Object>> expected = List.of(Map.of("title", "Social media guidelines 2024",
            "attendedOn", "2024-06-12", "provider", "Blue Sky Digital Ltd"));
        assertEquals(expected, recorded.body().get("trainings"));
        assertEquals(expected, read("mei", OFFICER).get("trainings"));
        assertEquals(expected, awaitInRoster("", "mei", "trainings", expected).get("trainings"));
    }

    @Test
    void givenBusinessRuleBroken_whenAsked_thenProblemNamingTheRuleAndNothingStored() {
        register("sora", "EMPLOYEE", "2024-04-01");
        leave("sora", "2025-03-31");
        long eventsBefore = storedEvents();

        assertProblem(() -> leave("sora", "2025-04-30"), 409, "staff-record-conflict");
        assertProblem(() -> service.http().exchange(post("/sora/trainings",
            "{\"title\":\"Guidelines\",\"attendedOn\":\"2024-03-01\"}", OFFICER), JSON), 422, "staff-record-invalid");
        assertProblem(() -> changeStanding("sora", "EMPLOYEE", "2025-01-01"), 422, "staff-record-invalid");
        assertProblem(() -> register("yuki", "FORMER_EMPLOYEE", "2024-04-01"), 422, "staff-record-invalid");
        assertProblem(() -> register("yuki", "EMPLOYEE", "2999-01-01"), 422, "staff-record-invalid");

        assertEquals(eventsBefore, storedEvents());
    }

    @Test
    void givenEntryChangedSinceTheCallerReadIt_whenChangedWithTheOldETag_thenPreconditionFailed() {
        register("ren", "EMPLOYEE", "2024-04-01");
        changeStanding("ren", "OFFICER", "2025-04-01");

        assertProblem(() -> service.http().exchange(post("/ren/departure", "{\"leftOn\":\"2025-12-31\"}", OFFICER)
            .header(HttpHeaders.IF_MATCH, "\"0\""), JSON), 412, "precondition-failed");
        HttpResponse<Map<String, Object>> left = service.http().exchange(post("/ren/departure",
            "{\"leftOn\":\"2025-12-31\"}", OFFICER).header(HttpHeaders.IF_MATCH, "\"1\""), JSON);
        assertEquals("\"2\"", left.header(HttpHeaders.ETAG));
    }

    @Test
    void givenNobodyOfThatId_whenRead_thenNotFound() {
        assertProblem(() -> service.http().exchange(HttpRequest.GET("/staff/nobody").bearerAuth(OFFICER), JSON),
            404, "not-found");
        assertProblem(() -> leave("nobody", "2025-01-01"), 404, "not-found");
    }
}
