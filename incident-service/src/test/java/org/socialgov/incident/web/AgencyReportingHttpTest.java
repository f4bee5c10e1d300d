package org.socialgov.incident.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialgov.testsupport.Problems.assertProblem;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.mongodb.client.MongoDatabase;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.socialgov.incident.query.KnownAgencyContracts;
import org.socialgov.testsupport.InternalTokens;

/**
 * Agencies report while they hold a contract in force with monitoring in scope, as contract-service records it.
 * The contracts are written into contract-service's database on this test's store, the way contract-service stores
 * them; incident-service follows that record on its own.
 */
class AgencyReportingHttpTest extends IncidentServiceHttpTestBase {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void givenAgencyWithoutContract_whenReports_thenForbiddenSayingWhyAndNothingRecorded() {
        String postUrl = newPostUrl();
        HttpClientResponseException refused = assertProblem(() -> reportPost(complaint(postUrl), AGENCY), 403,
            "incident-reporter-not-eligible");
        assertTrue(body(refused).contains("Agency 'blue-sky' holds no contract with acme"), body(refused));
        assertEquals(0, eventsOf(ids().forPost("acme", postUrl)));
    }

    @Test
    void givenContractSignedAMomentAgo_whenAgencyReports_thenAcceptedUnderItUntilTheContractEnds() {
        String agency = InternalTokens.forUser("sky-media", "acme", "AGENCY");
        upstream().monitoringContractSigned("contract-sky", "acme", "sky-media", TODAY.minusDays(30));

        String incidentId = (String) reportPost(complaint(newPostUrl()), agency).body().get("incidentId");
        assertEquals("contract-sky", read(incidentId, OFFICER).get("contractId"));
        assertEquals("sky-media", read(incidentId, agency).get("reportedBy"));

        upstream().contractTerminated("contract-sky", 2, TODAY);
        HttpClientResponseException refused = assertProblem(() -> reportPost(complaint(newPostUrl()), agency), 403,
            "incident-reporter-not-eligible");
        assertTrue(body(refused).contains("Contract contract-sky is no longer in force since " + TODAY),
            body(refused));
    }

    @Test
    void givenContractFactsStoppedFollowing_whenAgenciesReport_thenKnownContractsServeAndUnknownOnesAskForRetry() {
        String known = InternalTokens.forUser("known-media", "acme", "AGENCY");
        String signedMeanwhile = InternalTokens.forUser("new-media", "acme", "AGENCY");
        upstream().monitoringContractSigned("contract-known", "acme", "known-media", TODAY.minusDays(30));
        assertEquals(HttpStatus.CREATED, reportPost(complaint(newPostUrl()), known).getStatus());

        TrackingEventProcessor contractFacts = contractFacts();
        contractFacts.shutDown();
        try {
            upstream().monitoringContractSigned("contract-new", "acme", "new-media", TODAY.minusDays(1));
            assertEquals(HttpStatus.CREATED, reportPost(complaint(newPostUrl()), known).getStatus(),
                "an agency already known reports while contract-service's record is not followed");

            String postUrl = newPostUrl();
            HttpClientResponseException retry = assertProblem(() -> reportPost(complaint(postUrl), signedMeanwhile),
                503, "service-unavailable");
            assertEquals("5", retry.getResponse().getHeaders().get(HttpHeaders.RETRY_AFTER));
            assertTrue(body(retry).contains("could not be confirmed just now"), body(retry));
            assertEquals(0, eventsOf(ids().forPost("acme", postUrl)));
        } finally {
            contractFacts.start();
        }
        assertEquals(HttpStatus.CREATED, reportPost(complaint(newPostUrl()), signedMeanwhile).getStatus(),
            "once the record is followed again, the agency signed meanwhile is accepted");
    }

    private static TrackingEventProcessor contractFacts() {
        return service.context().getBean(Configuration.class).eventProcessingConfiguration()
            .eventProcessor(KnownAgencyContracts.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
    }

    private static long eventsOf(String incidentId) {
        return service.context().getBean(MongoDatabase.class).getCollection("domainevents")
            .countDocuments(new Document("aggregateIdentifier", incidentId));
    }

    private static String body(HttpClientResponseException refused) {
        return refused.getResponse().getBody(String.class).orElse("");
    }
}
