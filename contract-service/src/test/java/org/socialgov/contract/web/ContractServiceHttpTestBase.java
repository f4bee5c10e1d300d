package org.socialgov.contract.web;

import java.nio.file.Path;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.testsupport.InternalTokens;

/**
 * One real contract service per test class, on its own embedded store, and the requests the HTTP tests share:
 * the client's contract manager and the provider agency, drafting and activating contracts.
 */
abstract class ContractServiceHttpTestBase {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    static final String MANAGER = InternalTokens.forUser("alice", "acme", "CONTRACT_MANAGER");
    static final String AGENCY = InternalTokens.forUser("agency-blue", "acme", "AGENCY");

    @TempDir
    static Path dataDir;
    static ContractServiceRunner service;

    @BeforeAll
    static void startService() {
        service = ContractServiceRunner.start(dataDir);
    }

    @AfterAll
    static void stopService() {
        service.close();
    }

    /** A POST to {@code /contracts/{path}} with a JSON body. */
    static MutableHttpRequest<String> post(String path, String body, String token) {
        return HttpRequest.POST("/contracts" + (path.isEmpty() ? "" : "/" + path), body)
            .contentType(MediaType.APPLICATION_JSON).bearerAuth(token);
    }

    static String createDraft(String token, String body) {
        return (String) service.http().retrieve(post("", body, token), JSON).get("contractId");
    }

    static String createDraft() {
        return createDraft(MANAGER, ContractFixtures.draftRequestJson());
    }

    /** A contract with the recommended terms, signed by both parties. */
    static String activeContract() {
        String id = createDraft();
        service.http().retrieve(post(id + "/signatures",
            "{\"party\":\"CLIENT\",\"signatoryName\":\"Hanako Yamada\",\"signatoryRole\":\"Head of Legal\"}", MANAGER),
            JSON);
        service.http().retrieve(post(id + "/signatures",
            "{\"party\":\"PROVIDER\",\"signatoryName\":\"Ken Blue\",\"signatoryRole\":\"CEO\"}", AGENCY), JSON);
        return id;
    }
}
