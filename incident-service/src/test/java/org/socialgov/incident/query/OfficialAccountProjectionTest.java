package org.socialgov.incident.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.incident.api.SocialPlatform;
import org.socialgov.incident.domain.OfficialAccountHandle;
import org.socialgov.testsupport.TestStore;

/**
 * The official accounts read from policy-service's record: official from registration until retirement, again
 * after a new registration; other events of policy-service are skipped; a redelivery changes nothing.
 */
class OfficialAccountProjectionTest {

    private static final JacksonSerializer SERIALIZER = JacksonSerializer.defaultSerializer();
    private static final OfficialAccountHandle ACME_HELP = new OfficialAccountHandle(SocialPlatform.X, "acmehelp",
        "@AcmeHelp");

    @TempDir
    Path dataDir;
    private TestStore store;
    private KnownOfficialAccounts accounts;
    private OfficialAccountProjection projection;

    @BeforeEach
    void setUp() {
        store = TestStore.start(dataDir);
        accounts = new KnownOfficialAccounts(store.database("incident-service"), null);
        projection = new OfficialAccountProjection(accounts);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void givenAccountRegisteredRetiredAndRegisteredAgain_whenDeliveredTwice_thenOfficialInBothPeriodsOnly() {
        for (int delivery = 0; delivery < 2; delivery++) {
            project(0, "OfficialAccountRegisteredEvent", registered("2020-01-01"));
            project(1, "OfficialAccountRetiredEvent", """
                {"accountId":"a-1","retiredOn":"2024-01-01","reason":"Merged into @Acme"}""");
            project(2, "OfficialAccountRegisteredEvent", registered("2025-01-01"));
            project(3, "StaffMemberRegisteredEvent", "{\"staffId\":\"s-1\",\"tenant\":\"acme\"}");
        }

        assertEquals(List.of(ACME_HELP), accounts.activeOn("acme", LocalDate.of(2023, 12, 31)));
        assertEquals(List.of(), accounts.activeOn("acme", LocalDate.of(2024, 1, 1)));
        assertEquals(List.of(ACME_HELP), accounts.activeOn("acme", LocalDate.of(2025, 1, 1)));
        assertEquals(List.of(), accounts.activeOn("globex", LocalDate.of(2025, 1, 1)));
    }

    private static String registered(String since) {
        return """
            {"accountId":"a-1","tenant":"acme","platform":"X","normalisedHandle":"acmehelp","handle":"@AcmeHelp",
             "url":"https://x.com/AcmeHelp","purpose":"Support","since":"%s"}""".formatted(since);
    }

    private void project(long sequence, String type, String json) {
        projection.on(new UnknownSerializedType(SERIALIZER, new SimpleSerializedObject<>(json, String.class,
            "org.socialgov.policy.api." + type, null)), sequence);
    }
}
