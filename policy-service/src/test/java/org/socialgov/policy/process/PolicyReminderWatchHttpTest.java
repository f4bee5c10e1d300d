package org.socialgov.policy.process;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.testsupport.FixedClockFactory;
import org.socialgov.testsupport.InternalTokens;
import org.socialgov.testsupport.ServiceRunner;

/**
 * The reminder watch through the real service: the company's policy was published and its review is long overdue;
 * emi has not acknowledged, taro has, ken has left. The service is stopped, and comes back 20 days later: the watch
 * catches up on its own, and running it again records nothing more. Each reminder is on the record once, as the
 * watch's act.
 */
class PolicyReminderWatchHttpTest {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    private static final String OFFICER = InternalTokens.forUser("kaori", "example", "COMPLIANCE_OFFICER");
    private static final String AUDITOR = InternalTokens.forUser("ann", "example", "AUDITOR");
    private static final String GLOBEX_OFFICER = InternalTokens.forUser("gus", "globex", "COMPLIANCE_OFFICER");
    private static final String CONTENT = """
        {"purposes":["To make the company known"],"officialStatementNote":"Official statements are on our website.",
         "questionsHandling":"We answer where we can.","personalUseWelcome":true,"guidelines":[
          {"number":1,"title":"Say the views are your own","text":"State that the views are your own.",
           "category":"DISCLAIMER","survivesDeparture":false}]}""";
    private static final String ACTOR = "system:policy-reminder-watch";

    @TempDir
    Path dataDir;

    @Test
    void givenOverdueReviewAndPendingAcknowledgement_whenTheServiceComesBackLater_thenEachReminderIsRecordedOnce() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String policyId;
        try (ServiceRunner service = ServiceRunner.start(dataDir,
            Map.of("socialgov.policies.reminders.initial-delay", "1h"))) {
            policyId = (String) service.http().retrieve(post("/policies", creation("2012-07-25"), OFFICER), JSON)
                .get("policyId");
            service.http().retrieve(post("/policies/" + policyId + "/versions/1/publication",
                "{\"effectiveFrom\":\"" + today + "\"}", OFFICER), JSON);
            for (String person : List.of("emi", "taro", "ken")) {
                service.http().retrieve(post("/staff", "{\"personId\":\"" + person + "\",\"name\":\"" + person
                    + "\",\"standing\":\"EMPLOYEE\",\"since\":\"2020-04-01\"}", OFFICER), JSON);
            }
            service.http().retrieve(post("/policies/" + policyId + "/versions/1/acknowledgements", "{}",
                InternalTokens.forUser("taro", "example", "EMPLOYEE")), JSON);
            service.http().retrieve(post("/staff/ken/departure", "{\"leftOn\":\"" + today + "\"}", OFFICER), JSON);
            // Globex's review falls due in 10 days: not overdue today, overdue 20 days on.
            service.http().retrieve(post("/policies", creation(today.minusMonths(12).plusDays(10).toString()),
                GLOBEX_OFFICER), JSON);
            await().atMost(Duration.ofSeconds(20)).until(() -> "FORMER_EMPLOYEE".equals(service.http().retrieve(
                HttpRequest.GET("/staff/ken").bearerAuth(OFFICER), JSON).get("standing")));
        }

        Instant twentyDaysOn = Instant.now().plus(Duration.ofDays(20));
        try (ServiceRunner later = ServiceRunner.start(dataDir, Map.of(
            "socialgov.policies.reminders.initial-delay", "100ms",
            FixedClockFactory.SETTING, twentyDaysOn.toString()))) {
            String history = "/policies/" + policyId + "/history";
            await().atMost(Duration.ofSeconds(20)).until(() -> reminders(later, history).size() == 1
                && acknowledgementReminders(later).size() == 1);

            later.context().getBean(PolicyReminderWatch.class).remindAt(twentyDaysOn);
            later.context().getBean(PolicyReminderWatch.class).remindAt(twentyDaysOn.plusSeconds(3600));

            List<Map<?, ?>> overdue = reminders(later, history);
            assertEquals(List.of("PolicyReviewOverdueEvent"), overdue.stream().map(e -> e.get("eventType")).toList());
            assertEquals(ACTOR, overdue.get(0).get("actor"));
            assertEquals("SYSTEM", overdue.get(0).get("actorRole"));
            List<Map<?, ?>> pending = acknowledgementReminders(later);
            assertEquals(1, pending.size(), "emi only: taro acknowledged, ken left");
            assertEquals("emi", ((Map<?, ?>) pending.get(0).get("payload")).get("personId"));
            assertEquals(ACTOR, pending.get(0).get("actor"));
            // The overdue list is read on the service's clock, 20 days on: globex's review is overdue by then.
            assertEquals(1, later.http().retrieve(HttpRequest.GET("/policies?reviewOverdue=true")
                .bearerAuth(GLOBEX_OFFICER), Argument.listOf(Map.class)).size());
        }
    }

    private static String creation(String enactedOn) {
        return "{\"title\":\"Social media policy\",\"enactedOn\":\"" + enactedOn + "\",\"reviewIntervalMonths\":12,"
            + "\"draft\":" + CONTENT + "}";
    }

    private static MutableHttpRequest<String> post(String path, String body, String token) {
        return HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON).bearerAuth(token);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> reminders(ServiceRunner service, String history) {
        List<Map<?, ?>> events = (List<Map<?, ?>>) service.http().retrieve(HttpRequest.GET(history)
            .bearerAuth(AUDITOR), JSON).get("events");
        return events.stream().filter(event -> String.valueOf(event.get("eventType")).startsWith("PolicyReview")
            && String.valueOf(event.get("eventType")).matches(".*(DueSoon|Overdue)Event")).toList();
    }

    /** The acknowledgement reminders on the company's staff records, from the auditor's export of the record. */
    private static List<Map<?, ?>> acknowledgementReminders(ServiceRunner service) {
        JsonMapper json = service.context().getBean(JsonMapper.class);
        String export = service.http().retrieve(HttpRequest.GET("/audit/policies/events").bearerAuth(AUDITOR),
            String.class);
        return export.lines().<Map<?, ?>>map(line -> {
            try {
                return json.readValue(line, Map.class);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }).filter(event -> "PolicyAcknowledgementOverdueEvent".equals(event.get("eventType"))).toList();
    }
}
