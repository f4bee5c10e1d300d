package org.socialgov.console.signin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the company's OpenID Connect provider on its own port: discovery, keys, and a token endpoint that
 * gives tokens only for a code it issued, to the client it issued it for, with the PKCE verifier of the challenge.
 * The test plays the browser at the authorization endpoint ({@link #authorize}).
 */
final class FakeIdentityProvider implements AutoCloseable {

    static final String CLIENT_ID = "console";
    static final String CLIENT_SECRET = "console-secret";

    private record Pending(String nonce, String challenge, String redirectUri) {
    }

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, Pending> codes = new ConcurrentHashMap<>();
    /** Each token request's outcome: "issued" or why it was refused. */
    final List<String> tokenRequests = new CopyOnWriteArrayList<>();
    private final String person;
    private final String company;
    private final List<String> roles;

    FakeIdentityProvider(String person, String company, List<String> roles) {
        this.person = person;
        this.company = company;
        this.roles = roles;
        try {
            key = new RSAKeyGenerator(2048).keyID("key-1").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** What the provider does when the person signs in at its page: a code bound to the request's nonce and PKCE. */
    String authorize(Map<String, String> query) {
        if (!CLIENT_ID.equals(query.get("client_id")) || !"S256".equals(query.get("code_challenge_method"))) {
            throw new AssertionError("Not an authorization request with PKCE (S256): " + query);
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Pending(query.get("nonce"), query.get("code_challenge"), query.get("redirect_uri")));
        return code;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/.well-known/openid-configuration")) {
            send(exchange, 200, "{\"issuer\":\"" + issuer() + "\",\"authorization_endpoint\":\"" + issuer()
                + "/authorize\",\"token_endpoint\":\"" + issuer() + "/token\",\"jwks_uri\":\"" + issuer()
                + "/jwks\",\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"],\"scopes_supported\":[\"openid\"],"
                + "\"token_endpoint_auth_methods_supported\":[\"client_secret_basic\"],"
                + "\"code_challenge_methods_supported\":[\"S256\"]}");
        } else if (path.equals("/jwks")) {
            send(exchange, 200, "{\"keys\":[" + key.toPublicJWK().toJSONString() + "]}");
        } else if (path.equals("/token")) {
            token(exchange);
        } else {
            send(exchange, 404, "{}");
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
            .getBytes(StandardCharsets.UTF_8));
        Pending pending = codes.remove(String.valueOf(form.get("code")));
        String refusal = !basic.equals(exchange.getRequestHeaders().getFirst("Authorization")) ? "client not authenticated"
            : pending == null ? "unknown code"
            : !pending.redirectUri().equals(form.get("redirect_uri")) ? "another redirect_uri"
            : form.get("code_verifier") == null || !pending.challenge().equals(s256(form.get("code_verifier")))
                ? "PKCE verifier does not match" : null;
        if (refusal != null) {
            tokenRequests.add(refusal);
            send(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"" + refusal + "\"}");
            return;
        }
        tokenRequests.add("issued");
        send(exchange, 200, "{\"access_token\":\"t-" + person + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
            + "\"id_token\":\"" + idToken(pending.nonce()) + "\"}");
    }

    private String idToken(String nonce) {
        Date now = new Date();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer()).subject(person).audience(CLIENT_ID)
            .issueTime(now).expirationTime(new Date(now.getTime() + 3_600_000)).claim("nonce", nonce)
            .claim(OidcSignIn.TENANT, company).claim(OidcSignIn.ROLES, roles).build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
