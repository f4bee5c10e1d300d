package org.socialgov.incident.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialgov.incident.IncidentFixtures.EVE;
import static org.socialgov.incident.IncidentFixtures.INCIDENT_ID;
import static org.socialgov.incident.IncidentFixtures.REPORTED_AT;
import static org.socialgov.incident.IncidentFixtures.SEEN_AT;
import static org.socialgov.incident.IncidentFixtures.SOME_REACH;
import static org.socialgov.incident.IncidentFixtures.reported;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.socialgov.incident.api.FollowUpObservationAddedEvent;
import org.socialgov.incident.api.IncidentSightedEvent;
import org.socialgov.incident.api.IncidentTriagedEvent;
import org.socialgov.incident.api.ResponseDecisionDeadlineBreachedEvent;
import org.socialgov.incident.api.ResponseDecisionDueSoonEvent;
import org.socialgov.incident.api.Severity;
import org.socialgov.incident.api.TriageDeadlineBreachedEvent;
import org.socialgov.incident.api.TriageDueSoonEvent;
import org.socialgov.platform.axon.AxonSerializerFactory;

/** The personal data in an incident's events, as a reader without the need to know sees them: redacted. */
class IncidentRedactionTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void givenEventsWithPersonalData_whenRedacted_thenNoneOfItIsLeftAndTheHandlingIs() throws Exception {
        String mobileUrl = "https://mobile.twitter.com/Angry_Customer/status/1790000000000000001";
        for (Object event : List.of(reported(),
            new IncidentSightedEvent(INCIDENT_ID, mobileUrl, EVE, SEEN_AT, SOME_REACH, REPORTED_AT),
            new FollowUpObservationAddedEvent(INCIDENT_ID, "bob", "The author, Jane Roe, deleted it", null,
                REPORTED_AT))) {
            String redacted = JSON.writeValueAsString(IncidentRedaction.ofPayload(payloadOf(event)));

            for (String personal : List.of("ngry_", "1790000000000000001", "Third week", "Jane Roe")) {
                assertFalse(redacted.contains(personal), personal + " in " + redacted);
            }
            assertTrue(redacted.contains(IncidentRedaction.REDACTED), redacted);
            assertTrue(redacted.contains(INCIDENT_ID), redacted);
        }
        String report = JSON.writeValueAsString(IncidentRedaction.ofPayload(payloadOf(reported())));
        assertTrue(report.contains("\"category\":\"COMPLAINT\"") && report.contains("\"actor\":\"eve\""), report);
    }

    @Test
    void givenEventWithoutPersonalData_whenRedacted_thenUnchanged() {
        Map<String, Object> triaged = payloadOf(new IncidentTriagedEvent(INCIDENT_ID, Severity.P2, "A journalist "
            + "replied", "olivia", REPORTED_AT, REPORTED_AT));
        assertEquals(triaged, IncidentRedaction.ofPayload(triaged));
    }

    @Test
    void givenDeadlineReminders_whenRecordedAndRedacted_thenUnchangedTheyCarryNoPersonalData() {
        ObjectMapper recorded = new AxonSerializerFactory().eventObjectMapper();
        for (Object reminder : List.of(
            new TriageDueSoonEvent(INCIDENT_ID, Severity.P3, REPORTED_AT, Duration.ofHours(6), REPORTED_AT),
            new TriageDeadlineBreachedEvent(INCIDENT_ID, Severity.P3, REPORTED_AT, REPORTED_AT),
            new ResponseDecisionDueSoonEvent(INCIDENT_ID, Severity.P3, "olivia", REPORTED_AT, Duration.ofHours(18),
                REPORTED_AT),
            new ResponseDecisionDeadlineBreachedEvent(INCIDENT_ID, Severity.P3, "olivia", REPORTED_AT,
                REPORTED_AT))) {
            Map<String, Object> payload = recorded.convertValue(reminder, new TypeReference<>() {
            });

            assertEquals(payload, IncidentRedaction.ofPayload(payload));
            assertEquals(Arrays.stream(reminder.getClass().getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet()), payload.keySet(), "what is recorded is the event's fields alone");
        }
        assertEquals("PT6H", recorded.convertValue(new TriageDueSoonEvent(INCIDENT_ID, Severity.P3, REPORTED_AT,
            Duration.ofHours(6), REPORTED_AT), Map.class).get("leadTime"));
    }

    @Test
    void givenPersonalFieldAbsentOrNull_whenRedacted_thenStillAbsentOrNull() {
        Map<String, Object> payload = new HashMap<>();
        payload.put("excerpt", null);
        payload.put("sightings", List.of(Map.of("postUrl", "x.com/a/status/1")));

        Map<String, Object> redacted = IncidentRedaction.ofPayload(payload);

        assertTrue(redacted.containsKey("excerpt") && redacted.get("excerpt") == null);
        assertEquals(List.of(Map.of("postUrl", IncidentRedaction.REDACTED)), redacted.get("sightings"));
    }

    private static Map<String, Object> payloadOf(Object event) {
        return JSON.convertValue(event, new TypeReference<>() {
        });
    }
}
