package org.socialgov.contract.web;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.testsupport.InternalTokens;

/**
 * An operator rebuilds the contract read models through the API: the rebuilt documents equal the ones built live,
 * and the status counts every stored event.
 */
class ProjectionRebuildHttpTest extends ContractServiceHttpTestBase {

    private static final String OPERATOR = InternalTokens.forUser("olga", "acme", "OPERATOR");
    private static final String REBUILD = "/admin/contracts/projections/rebuild";

    @Test
    void givenContractsProjectedLive_whenOperatorRebuilds_thenSameDocumentsAndEveryStoredEventProcessed() {
        String draft = createDraft();
        String active = activeContract();
        String withdrawn = createDraft();
        service.http().retrieve(post(withdrawn + "/withdrawal", "", MANAGER), JSON);
        createDraft(InternalTokens.forUser("mallory", "globex", "CONTRACT_MANAGER"),
            ContractFixtures.draftRequestJson());
        await().atMost(Duration.ofSeconds(20)).until(() -> StoredContractSummaries.all(service.context()).size() == 4
            && "ACTIVE".equals(summary(active).getString("status"))
            && "WITHDRAWN".equals(summary(withdrawn).getString("status")));
        List<Document> builtLive = StoredContractSummaries.all(service.context());
        List<Document> countersLive = listCounters();
        long storedEvents = service.context().getBean(MongoDatabase.class).getCollection("domainevents")
            .countDocuments();
        // A damaged read model, which only a rebuild from the events repairs: the live projection leaves it alone.
        StoredContractSummaries.collection(service.context()).updateOne(eq("_id", draft), set("title", "damaged"));

        HttpResponse<Map<String, Object>> accepted = service.http().exchange(
            HttpRequest.POST(REBUILD, "").bearerAuth(OPERATOR), JSON);

        assertEquals(HttpStatus.ACCEPTED, accepted.getStatus());
        assertEquals(REBUILD, accepted.header(HttpHeaders.LOCATION));
        assertEquals(List.of("contract-summaries"), accepted.body().get("processingGroups"));
        assertEquals(storedEvents, ((Number) accepted.body().get("totalEvents")).longValue());
        Map<String, Object> end = await().atMost(Duration.ofSeconds(30)).until(this::rebuildStatus,
            status -> !"RUNNING".equals(status.get("state")));
        assertEquals("COMPLETED", end.get("state"), String.valueOf(end.get("failureReason")));
        assertEquals(end.get("totalEvents"), end.get("processedEvents"));
        assertEquals(100, end.get("percentDone"));
        assertTrue(Instant.parse((String) end.get("startedAt"))
            .isBefore(Instant.parse((String) end.get("finishedAt"))));
        assertEquals(builtLive, StoredContractSummaries.all(service.context()), "the same places in the lists too");
        assertEquals(countersLive, listCounters());
    }

    @Test
    void givenContractManager_whenRebuildRequestedOrFollowed_thenForbidden() {
        HttpClientResponseException start = assertThrows(HttpClientResponseException.class,
            () -> service.http().exchange(HttpRequest.POST(REBUILD, "").bearerAuth(MANAGER), JSON));
        HttpClientResponseException follow = assertThrows(HttpClientResponseException.class,
            () -> service.http().exchange(HttpRequest.GET(REBUILD).bearerAuth(MANAGER), JSON));

        assertEquals(HttpStatus.FORBIDDEN, start.getStatus());
        assertEquals(HttpStatus.FORBIDDEN, follow.getStatus());
    }

    @Test
    void givenUnknownProcessingGroup_whenRebuildRequested_thenProblemNamingIt() {
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
            () -> service.http().exchange(HttpRequest.POST(REBUILD + "?processingGroup=no-such-group", "")
                .bearerAuth(OPERATOR), JSON));

        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, refused.getStatus());
        assertEquals("application/problem+json", refused.getResponse().getContentType().orElseThrow().toString());
        Map<?, ?> problem = refused.getResponse().getBody(Map.class).orElseThrow();
        assertEquals("https://socialgov.org/problems/processing-group-not-rebuildable", problem.get("type"));
        assertTrue(((String) problem.get("detail")).contains("no-such-group"));
    }

    private static List<Document> listCounters() {
        return service.context().getBean(MongoDatabase.class).getCollection("contract_list_counters").find()
            .sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }

    private Map<String, Object> rebuildStatus() {
        return service.http().retrieve(HttpRequest.GET(REBUILD).bearerAuth(OPERATOR), JSON);
    }

    private static Document summary(String contractId) {
        Document summary = StoredContractSummaries.collection(service.context()).find(eq("_id", contractId)).first();
        return summary == null ? new Document() : summary;
    }
}
