package org.socialgov.contract.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.testsupport.InternalTokens;

/** Terms that ended while the service was down are expired or renewed when it comes back, from stored state. */
class ContractDeadlineWatchRestartTest {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    private static final String MANAGER = InternalTokens.forUser("alice", "acme", "CONTRACT_MANAGER");
    private static final String AGENCY = InternalTokens.forUser("agency-blue", "acme", "AGENCY");

    @TempDir
    Path dataDir;

    @Test
    void givenTermsEndedWhileTheServiceWasDown_whenItStartsAgain_thenOneExpiresAndOneRenews() {
        String fixed;
        String renewing;
        try (ContractServiceRunner service = ContractServiceRunner.start(dataDir,
            Map.of("socialgov.contracts.deadline-watch.initial-delay", "1h"))) {
            String ended2020 = ContractFixtures.draftRequestJson()
                .replace("\"start\":\"2027-01-01\"", "\"start\":\"2020-01-01\"")
                .replace("\"end\":\"2027-12-31\"", "\"end\":\"2020-12-31\"");
            fixed = activate(service, ended2020.replace(",\"autoRenewal\":{\"renewalMonths\":12,\"noticeDays\":60}", ""));
            renewing = activate(service, ended2020);
            await().atMost(Duration.ofSeconds(20)).until(() -> ((List<?>) service.http().retrieve(
                HttpRequest.GET("/contracts?status=ACTIVE").bearerAuth(MANAGER), JSON).get("items")).size() == 2);
        }

        try (ContractServiceRunner restarted = ContractServiceRunner.start(dataDir,
            Map.of("socialgov.contracts.deadline-watch.initial-delay", "100ms"))) {
            await().atMost(Duration.ofSeconds(20)).until(() -> "EXPIRED".equals(read(restarted, fixed).get("status")));
            Map<?, ?> renewed = read(restarted, renewing);
            String newEnd = (String) ((Map<?, ?>) ((Map<?, ?>) renewed.get("terms")).get("term")).get("end");
            assertTrue(LocalDate.parse(newEnd).isAfter(LocalDate.now().minusDays(1)),
                "renewed period after period up to today: " + newEnd);
        }
    }

    private static Map<String, Object> read(ContractServiceRunner service, String id) {
        return service.http().retrieve(HttpRequest.GET("/contracts/" + id).bearerAuth(MANAGER), JSON);
    }

    private static String activate(ContractServiceRunner service, String draft) {
        String id = (String) service.http().retrieve(HttpRequest.POST("/contracts", draft)
            .contentType(MediaType.APPLICATION_JSON).bearerAuth(MANAGER), JSON).get("contractId");
        for (String[] party : new String[][] {{"CLIENT", MANAGER}, {"PROVIDER", AGENCY}}) {
            service.http().retrieve(HttpRequest.POST("/contracts/" + id + "/signatures", "{\"party\":\"" + party[0]
                + "\",\"signatoryName\":\"N\",\"signatoryRole\":\"R\"}").contentType(MediaType.APPLICATION_JSON)
                .bearerAuth(party[1]), JSON);
        }
        return id;
    }
}
