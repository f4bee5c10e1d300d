package org.socialgov.gateway;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoDatabase;
import com.nimbusds.jwt.JWTClaimsSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A gateway with machine clients on, keeping its registry in a database of its own on the tests' MongoDB
 * stand-in, and the requests the tests make of it: registering clients as a tenant's admin, getting tokens.
 */
public abstract class MachineClientsTestSupport extends GatewayTestSupport {

    protected final String database = "gateway_" + UUID.randomUUID().toString().replace("-", "");

    @Override
    protected final Map<String, String> extraProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("socialgov.gateway.mongodb-uri", TestMongo.uri());
        properties.put("socialgov.gateway.database", database);
        properties.putAll(machineClientProperties());
        return properties;
    }

    protected Map<String, String> machineClientProperties() {
        return Map.of();
    }

    /** What the gateway stored, read directly. */
    protected MongoDatabase store() {
        return TestMongo.client().getDatabase(database);
    }

    /** A person who administers the access of the tenant's systems, signed in through the identity provider. */
    protected static String adminOf(String tenant) {
        return TestTokens.user("admin@" + tenant, tenant, "ENTERPRISE_ADMIN");
    }

    protected HttpResponse<String> postJson(String path, String bearer, String json) {
        return send(request(path).header("Authorization", "Bearer " + bearer)
            .header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
    }

    protected HttpResponse<String> get(String path, String bearer) {
        return send(request(path).header("Authorization", "Bearer " + bearer));
    }

    protected HttpResponse<String> post(String path, String bearer) {
        return send(request(path).header("Authorization", "Bearer " + bearer).POST(BodyPublishers.noBody()));
    }

    protected HttpResponse<String> delete(String path, String bearer) {
        return send(request(path).header("Authorization", "Bearer " + bearer).DELETE());
    }

    protected Credentials register(String adminToken, String json) {
        HttpResponse<String> registered = postJson("/api/clients", adminToken, json);
        assertEquals(201, registered.statusCode(), registered.body());
        Map<String, Object> body = json(registered);
        return new Credentials((String) body.get("clientId"), (String) body.get("clientSecret"));
    }

    protected Credentials register(String tenant, String name, String... roles) {
        String roleList = String.join("\",\"", roles);
        return register(adminOf(tenant), "{\"name\":\"" + name + "\",\"roles\":[\"" + roleList + "\"]}");
    }

    /** A client-credentials token request with the credentials by HTTP Basic. */
    protected HttpResponse<String> requestToken(String clientId, String secret) {
        return send(tokenRequest("grant_type=client_credentials").header("Authorization", basic(clientId, secret)));
    }

    /** A token request with this form body and nothing else. */
    protected HttpResponse<String> requestTokenWithForm(String form) {
        return send(tokenRequest(form));
    }

    protected String accessToken(Credentials client) {
        HttpResponse<String> issued = requestToken(client.clientId(), client.secret());
        assertEquals(200, issued.statusCode(), issued.body());
        return (String) json(issued).get("access_token");
    }

    /** A read through the contracts route, whose stand-in service echoes what it received. */
    protected HttpResponse<String> throughRoute(String bearer) {
        return get("/api/contracts/c-1", bearer);
    }

    /** The identity the gateway vouched for to the stand-in service: the claims of its internal token. */
    protected JWTClaimsSet forwardedIdentity(HttpResponse<String> routed) {
        assertEquals(200, routed.statusCode(), routed.body());
        String internal = echo(routed).headers().get("authorization").get(0).substring("Bearer ".length());
        return TestTokens.verified(internal, TestTokens.INTERNAL_SECRET);
    }

    protected static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret)
            .getBytes(StandardCharsets.UTF_8));
    }

    protected HttpRequest.Builder tokenRequest(String form) {
        return request("/api/oauth/token").header("Content-Type", "application/x-www-form-urlencoded")
            .POST(BodyPublishers.ofString(form));
    }

    /** A registered client's id and the secret it was shown. */
    public record Credentials(String clientId, String secret) {
    }
}
