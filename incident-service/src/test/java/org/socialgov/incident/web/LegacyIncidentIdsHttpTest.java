package org.socialgov.incident.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.socialgov.testsupport.Problems.assertProblem;

import java.util.Map;

import com.mongodb.client.MongoDatabase;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialgov.incident.domain.IncidentIds;
import org.socialgov.incident.domain.PostUrlNormalization;

/**
 * The first start of keyed incident ids on a store that holds incidents under their former plain-hash ids: those
 * go on collecting the sightings of their posts, and new posts get keyed ids.
 */
class LegacyIncidentIdsHttpTest extends IncidentServiceHttpTestBase {

    private static final String LEGACY_POST = newPostUrl();
    private static final String LEGACY_ID = IncidentIds.legacyOf("acme", PostUrlNormalization.normalise(LEGACY_POST));

    @BeforeAll
    static void storeRecordedBeforeIdsWereKeyed() {
        EarlierRecords.incidentReported(service, LEGACY_ID, LEGACY_POST, null);
        // As if the key had never been made: the version before keyed ids kept none.
        service.context().getBean(MongoDatabase.class).getCollection("incident_id_key").drop();
        restartWith(Map.of());
    }

    @Test
    void givenIncidentStoredUnderItsLegacyId_whenPostReportedAgain_thenSightingOfThatIncidentNotASecondOne() {
        HttpResponse<Map<String, Object>> again = reportPost(complaint(LEGACY_POST.replace("x.com", "twitter.com")),
            BOB);

        assertEquals(200, again.code());
        assertEquals("SIGHTING", again.body().get("outcome"));
        assertEquals(LEGACY_ID, again.body().get("incidentId"));
        assertEquals(2, read(LEGACY_ID, OFFICER).get("sightings"));
        assertProblem(() -> read(ids().of("acme", PostUrlNormalization.normalise(LEGACY_POST)), OFFICER), 404,
            "not-found");
    }

    @Test
    void givenNewPost_whenReported_thenKeyedIdNotLegacyOne() {
        String postUrl = newPostUrl();
        String incidentId = (String) reportPost(complaint(postUrl), EVE).body().get("incidentId");

        assertNotEquals(IncidentIds.legacyOf("acme", PostUrlNormalization.normalise(postUrl)), incidentId);
        assertEquals(ids().of("acme", PostUrlNormalization.normalise(postUrl)), incidentId);
    }
}
