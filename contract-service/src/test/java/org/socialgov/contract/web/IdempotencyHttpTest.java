package org.socialgov.contract.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoDatabase;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.socialgov.contract.ContractFixtures;

/** Retrying a POST with the same Idempotency-Key gives the original answer and changes nothing more. */
class IdempotencyHttpTest extends ContractServiceHttpTestBase {

    @Test
    void givenCreateRetriedWithTheSameKey_thenTheSameContractAndOneEventOnly() {
        long before = storedEvents();
        var create = post("", ContractFixtures.draftRequestJson(), MANAGER)
            .header("Idempotency-Key", "create-2027-ops");
        HttpResponse<Map<String, Object>> first = service.http().exchange(create, JSON);
        HttpResponse<Map<String, Object>> retry = service.http().exchange(
            post("", ContractFixtures.draftRequestJson(), MANAGER).header("Idempotency-Key", "create-2027-ops"), JSON);

        assertEquals(201, retry.code());
        assertEquals(first.body().get("contractId"), retry.body().get("contractId"));
        assertEquals(first.header(HttpHeaders.LOCATION), retry.header(HttpHeaders.LOCATION));
        assertEquals(first.header(HttpHeaders.ETAG), retry.header(HttpHeaders.ETAG));
        assertEquals(before + 1, storedEvents(), "the retry created nothing");
    }

    @Test
    void givenKeyUsedForAnotherRequest_whenReused_thenUnprocessableAndNothingStored() {
        service.http().exchange(post("", ContractFixtures.draftRequestJson(), MANAGER)
            .header("Idempotency-Key", "reused-key"), JSON);
        long before = storedEvents();
        ContractsHttpTest.assertProblem(() -> service.http().exchange(post("",
            ContractFixtures.draftRequestJson().replace("Social media operations 2027", "Another contract"), MANAGER)
            .header("Idempotency-Key", "reused-key"), JSON), 422, "idempotency-key-reused");
        assertEquals(before, storedEvents());
    }

    @Test
    void givenRefusedAssignmentRetriedWithTheSameKey_thenTheSameRefusalRecordedOnce() {
        String id = activeContract();
        String body = "{\"party\":\"PROVIDER\",\"assignee\":{\"companyId\":\"agency-green\",\"name\":\"Green Leaf\"}}";
        for (int attempt = 0; attempt < 2; attempt++) {
            ContractsHttpTest.assertProblem(() -> service.http().exchange(post(id + "/assignments", body, AGENCY)
                .header("Idempotency-Key", "assign-once"), JSON), 409, "assignment-prohibited");
        }
        List<?> events = (List<?>) service.http().retrieve(HttpRequest.GET("/contracts/" + id + "/history")
            .bearerAuth(MANAGER), JSON).get("events");
        assertEquals(1, events.stream().filter(event -> "AssignmentRefusedEvent".equals(((Map<?, ?>) event)
            .get("eventType"))).count());
    }

    @Test
    void givenNoKey_whenPostedTwice_thenTwoContracts() {
        assertNotEquals(createDraft(), createDraft());
    }

    private static long storedEvents() {
        return service.context().getBean(MongoDatabase.class).getCollection("domainevents").countDocuments();
    }
}
