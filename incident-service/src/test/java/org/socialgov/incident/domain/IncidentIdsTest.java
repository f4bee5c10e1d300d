package org.socialgov.incident.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Incident ids: the same for every form of a post's URL, different per company, and not computable from outside. */
class IncidentIdsTest {

    private static final String POST = "x.com/someone/status/77";
    private static final IncidentIds IDS = new IncidentIds(key("the service's key"), incidentId -> false);

    @Test
    void givenSamePostOfTwoCompanies_whenIdentified_thenTwoIncidents() {
        assertNotEquals(IDS.forPost("acme", POST), IDS.forPost("globex", POST));
        assertEquals(IDS.forPost("acme", "https://twitter.com/Someone/status/77?s=20"), IDS.forPost("acme", POST));
    }

    @Test
    void givenCompanyAndUrl_whenSomeoneWithoutTheKeyHashesThem_thenTheyDoNotGetTheIncidentsId() throws Exception {
        String id = IDS.forPost("acme", POST);
        List<String> guesses = List.of(truncatedSha256("acme\n" + POST), truncatedSha256("acme" + POST),
            truncatedSha256(POST), IncidentIds.legacyOf("acme", POST));

        assertTrue(guesses.stream().noneMatch(id::equals), id);
        assertNotEquals(id, new IncidentIds(key("another key"), incidentId -> false).forPost("acme", POST),
            "the id depends on the key");
        assertEquals(32, id.length(), "as long as ids were before");
    }

    @Test
    void givenPostReportedBeforeIdsWereKeyed_whenReportedAgain_thenItsLegacyIncident() {
        String legacy = IncidentIds.legacyOf("acme", POST);
        IncidentIds ids = new IncidentIds(key("the service's key"), legacy::equals);

        assertEquals(legacy, ids.forPost("acme", "https://mobile.twitter.com/someone/status/77/"));
        assertEquals(IDS.forPost("acme", "x.com/someone/status/78"), ids.forPost("acme", "x.com/someone/status/78"),
            "another post gets a keyed id");
    }

    @Test
    void givenLegacyId_whenANewIncidentWouldBeOpenedUnderIt_thenRefusedAsProgrammingError() {
        String legacy = IncidentIds.legacyOf("acme", POST);

        assertThrows(IllegalArgumentException.class, () -> IDS.requireIdentifies(legacy, "acme", POST, false));
        assertDoesNotThrow(() -> IDS.requireIdentifies(legacy, "acme", POST, true));
        assertDoesNotThrow(() -> IDS.requireIdentifies(IDS.of("acme", POST), "acme", POST, false));
        assertThrows(IllegalArgumentException.class,
            () -> IDS.requireIdentifies(IDS.of("globex", POST), "acme", POST, true));
    }

    @Test
    void givenShortKey_whenIdsAreMade_thenRefused() {
        assertThrows(IllegalArgumentException.class, () -> new IncidentIds(new byte[16], incidentId -> false));
    }

    private static byte[] key(String seed) {
        return (seed + " ".repeat(32)).getBytes(StandardCharsets.UTF_8);
    }

    private static String truncatedSha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
            .digest(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }
}
