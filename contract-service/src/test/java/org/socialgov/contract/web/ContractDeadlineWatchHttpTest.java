package org.socialgov.contract.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.contract.process.ContractDeadlineWatch;
import org.socialgov.testsupport.FixedClockFactory;
import org.socialgov.testsupport.InternalTokens;

/**
 * The deadline watch through the real service: reminders go on the contract's record once, as the watch's own acts,
 * and those due while the service was down are recorded when it starts again.
 */
class ContractDeadlineWatchHttpTest {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    private static final String MANAGER = InternalTokens.forUser("alice", "acme", "CONTRACT_MANAGER");
    private static final String AGENCY = InternalTokens.forUser("agency-blue", "acme", "AGENCY");
    /** The recommended terms run through 2027-12-31 with 60 days' notice: the cancel-by date is 2027-11-01. */
    private static final LocalDate THREE_DAYS_BEFORE_CANCEL_BY = LocalDate.of(2027, 10, 30);
    private static final Map<String, Object> QUIET = Map.of("socialgov.contracts.deadline-watch.initial-delay", "1h");

    @TempDir
    Path dataDir;

    @Test
    void givenAContractNearItsCancelByDate_whenTheWatchRunsTwice_thenEachReminderIsRecordedOnceByTheWatch() {
        try (ContractServiceRunner service = ContractServiceRunner.start(dataDir, QUIET)) {
            String id = activeContract(service);
            ContractDeadlineWatch watch = service.context().getBean(ContractDeadlineWatch.class);

            assertEquals(1, watch.watch(THREE_DAYS_BEFORE_CANCEL_BY));
            await().atMost(Duration.ofSeconds(20)).until(() -> summary(service, id).containsKey("termEndReminded"));
            assertEquals(0, watch.watch(THREE_DAYS_BEFORE_CANCEL_BY), "the read model knows they are recorded");
            watch.watch(THREE_DAYS_BEFORE_CANCEL_BY.plusDays(1));

            List<Map<?, ?>> reminders = reminders(service, id);
            assertEquals(List.of("CancelByDateApproachingEvent", "TermEndApproachingEvent"),
                reminders.stream().map(event -> event.get("eventType")).toList());
            Map<?, ?> cancelBy = reminders.get(0);
            assertEquals(Map.of("contractId", id, "cancelBy", "2027-11-01", "daysLeft", 7, "termEnd", "2027-12-31"),
                cancelBy.get("payload"));
            assertEquals("system:contract-deadline-watch", cancelBy.get("actor"));
            assertEquals("SYSTEM", cancelBy.get("actorRole"));
            assertEquals("acme", cancelBy.get("tenant"));
        }
    }

    @Test
    void givenTheCancelByDatePassedWhileTheServiceWasDown_whenItStartsAgain_thenThePassingIsRecorded() {
        String id;
        try (ContractServiceRunner service = ContractServiceRunner.start(dataDir, QUIET)) {
            id = activeContract(service);
        }
        try (ContractServiceRunner restarted = ContractServiceRunner.start(dataDir, Map.of(
            "socialgov.contracts.deadline-watch.initial-delay", "100ms", FixedClockFactory.SETTING, "2027-11-02T00:00:00Z"))) {
            await().atMost(Duration.ofSeconds(20)).until(() -> reminders(restarted, id).size() == 2);
            assertEquals(List.of("CancelByDatePassedEvent", "TermEndApproachingEvent"),
                reminders(restarted, id).stream().map(event -> event.get("eventType")).toList());
        }
    }

    @Test
    void givenRemindersRecordedSinceTheManagerRead_whenTheyWriteOnWhatTheyRead_thenOnlyAChangeByAPartyRefusesIt() {
        try (ContractServiceRunner service = ContractServiceRunner.start(dataDir, QUIET)) {
            String id = activeContract(service);
            String read = service.http().exchange(HttpRequest.GET("/contracts/" + id).bearerAuth(MANAGER), JSON)
                .header("ETag");
            service.context().getBean(ContractDeadlineWatch.class).watch(THREE_DAYS_BEFORE_CANCEL_BY);
            assertEquals(2, reminders(service, id).size());

            // The reminders changed nothing the manager decided on: the notice goes through on what they read.
            Map<String, Object> noticed = service.http().retrieve(notice(id, "CLIENT", MANAGER).header("If-Match",
                read), JSON);
            assertEquals(LocalDate.now().toString(), noticed.get("nonRenewalNoticeGivenOn"));
            // A party's act since the read still refuses a write made on it.
            ContractsHttpTest.assertProblem(() -> service.http().exchange(notice(id, "PROVIDER", AGENCY)
                .header("If-Match", read), JSON), 412, "precondition-failed");
        }
    }

    private static MutableHttpRequest<String> notice(String id, String party, String token) {
        return HttpRequest.POST("/contracts/" + id + "/non-renewal-notice", "{\"party\":\"" + party + "\"}")
            .contentType(MediaType.APPLICATION_JSON).bearerAuth(token);
    }

    private static List<Map<?, ?>> reminders(ContractServiceRunner service, String id) {
        List<?> events = (List<?>) service.http().retrieve(HttpRequest.GET("/contracts/" + id + "/history")
            .bearerAuth(MANAGER), JSON).get("events");
        return events.stream().<Map<?, ?>>map(event -> (Map<?, ?>) event)
            .filter(event -> String.valueOf(event.get("actor")).startsWith("system:")).toList();
    }

    private static Document summary(ContractServiceRunner service, String id) {
        return StoredContractSummaries.collection(service.context()).find(new Document("_id", id)).first();
    }

    /** An active contract with the recommended terms, once the read model the watch asks has it as active. */
    private static String activeContract(ContractServiceRunner service) {
        String id = (String) service.http().retrieve(HttpRequest.POST("/contracts",
            ContractFixtures.draftRequestJson()).contentType(MediaType.APPLICATION_JSON).bearerAuth(MANAGER), JSON)
            .get("contractId");
        for (String[] party : new String[][] {{"CLIENT", MANAGER}, {"PROVIDER", AGENCY}}) {
            service.http().retrieve(HttpRequest.POST("/contracts/" + id + "/signatures", "{\"party\":\"" + party[0]
                + "\",\"signatoryName\":\"N\",\"signatoryRole\":\"R\"}").contentType(MediaType.APPLICATION_JSON)
                .bearerAuth(party[1]), JSON);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> "ACTIVE".equals(summary(service, id).getString("status")));
        return id;
    }
}
