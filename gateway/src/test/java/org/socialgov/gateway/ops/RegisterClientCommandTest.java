package org.socialgov.gateway.ops;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.model.Filters;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialgov.gateway.MachineClientsTestSupport;
import org.socialgov.gateway.TestMongo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first enterprise admin of a company comes from the command line, run against the same MongoDB as the
 * running gateway, which then honours its credentials.
 */
@MicronautTest
class RegisterClientCommandTest extends MachineClientsTestSupport {

    private static final Pattern CLIENT_ID = Pattern.compile("client_id:\\s+(\\S+)");
    private static final Pattern CLIENT_SECRET = Pattern.compile("client_secret:\\s+(\\S+)");

    /** What the command printed; one per test, as the test instance lives for the whole class. */
    private ByteArrayOutputStream printed;

    @BeforeEach
    void newOutput() {
        printed = new ByteArrayOutputStream();
    }

    @Test
    void givenCommand_thenItPrintsTheCredentialsOnceAndTheAdminManagesItsTenantsClients() {
        int status = run("register-client", "--tenant", "acme", "--name", "Acme admin", "--roles", "ENTERPRISE_ADMIN");

        assertEquals(RegisterClientCommand.REGISTERED, status, output());
        Credentials admin = new Credentials(find(CLIENT_ID), find(CLIENT_SECRET));
        String token = accessToken(admin);
        HttpResponse<String> created = postJson("/api/clients", token, "{\"name\":\"Acme ERP\",\"roles\":[\"AUDITOR\"]}");
        assertEquals(201, created.statusCode(), created.body());
        Map<String, Object> registered = json(get("/api/clients/" + admin.clientId(), token));
        assertEquals("acme", registered.get("tenant"));
        assertEquals(List.of("ENTERPRISE_ADMIN"), registered.get("roles"));
        @SuppressWarnings("unchecked")
        Map<String, Object> createdBy = (Map<String, Object>) registered.get("createdBy");
        assertTrue(((String) createdBy.get("subject")).startsWith("command-line:"), createdBy.toString());
    }

    @Test
    void givenAgencyClient_thenRegisteredWithItsProviderId() {
        int status = run("register-client", "--tenant", "acme", "--name", "Blue Sky bot", "--roles", "AGENCY",
            "--provider-id", "agency-blue");

        assertEquals(RegisterClientCommand.REGISTERED, status, output());
        String token = accessToken(new Credentials(find(CLIENT_ID), find(CLIENT_SECRET)));
        assertEquals("agency-blue", forwardedIdentity(throughRoute(token)).getSubject());
    }

    @Test
    void givenOperatorRole_thenUsageErrorAndNothingRegistered() {
        int status = run("register-client", "--tenant", "acme", "--name", "Ops", "--roles", "OPERATOR");

        assertEquals(RegisterClientCommand.USAGE, status);
        assertEquals("", output());
        assertEquals(0, store().getCollection("clients").countDocuments(Filters.eq("name", "Ops")));
    }

    @Test
    void givenMissingTenant_thenUsageError() {
        assertEquals(RegisterClientCommand.USAGE, run("register-client", "--name", "Acme admin", "--roles",
            "ENTERPRISE_ADMIN"));
    }

    @Test
    void givenUnknownOption_thenUsageError() {
        assertEquals(RegisterClientCommand.USAGE, run("register-client", "--tenant", "acme", "--name", "X",
            "--roles", "AUDITOR", "--owner", "globex"));
    }

    @Test
    void givenNoMongoDb_thenUsageError() {
        int status = RegisterClientCommand.run(RegisterClientCommand.context()
                .properties(Map.of("socialgov.gateway.mongodb-uri", "")),
            new String[] {"register-client", "--tenant", "acme", "--name", "A", "--roles", "AUDITOR"},
            new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertEquals(RegisterClientCommand.USAGE, status);
        assertEquals("", output());
    }

    private int run(String... args) {
        ApplicationContextBuilder context = RegisterClientCommand.context().properties(Map.of(
            "socialgov.gateway.mongodb-uri", TestMongo.uri(),
            "socialgov.gateway.database", database));
        return RegisterClientCommand.run(context, args, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private String find(Pattern pattern) {
        Matcher matcher = pattern.matcher(output());
        assertTrue(matcher.find(), output());
        return matcher.group(1);
    }
}
