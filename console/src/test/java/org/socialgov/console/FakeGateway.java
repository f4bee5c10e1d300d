package org.socialgov.console;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;

/**
 * A stand-in for the gateway's public API on its own port, answering as openapi/ says for the few calls the
 * console's pages make; it records the changes it was asked for, so that a test can see that nothing was done.
 * Tokens are {@code t-<person>}; the company is acme, whose policy is written in Japanese and Norwegian.
 */
public final class FakeGateway extends FakeHttpApi {

    private final boolean devTokens;
    public final List<String> changes = new CopyOnWriteArrayList<>();
    /** Answers a test gave for GETs of a path (without query), and the path and query of every GET asked. */
    private final Map<String, Canned> canned = new ConcurrentHashMap<>();
    public final List<String> reads = new CopyOnWriteArrayList<>();

    private record Canned(int status, String type, String body) {
    }

    FakeGateway(boolean devTokens) {
        this.devTokens = devTokens;
    }

    /** From now on a GET of {@code path} (any query) answers this; a problem+json when the status is 400 or more. */
    public void answerGet(String path, int status, String type, String body) {
        canned.put(path, new Canned(status, type, body));
    }

    public void answerGet(String path, String json) {
        answerGet(path, 200, "application/json", json);
    }

    @Override
    protected void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        String body = bodyOf(exchange);
        String token = exchange.getRequestHeaders().getFirst("Authorization");
        if (path.equals("/dev/tokens") && method.equals("POST")) {
            devToken(exchange, body);
        } else if (token == null || !token.startsWith("Bearer t-")) {
            send(exchange, 401, PROBLEM, problem(401, "Unauthorized", "A bearer token is needed", ""));
        } else if (method.equals("GET") && canned.containsKey(path)) {
            String query = exchange.getRequestURI().getRawQuery();
            reads.add(query == null ? path : path + "?" + query);
            Canned answer = canned.get(path);
            send(exchange, answer.status(), answer.type(), answer.body());
        } else if (path.equals("/api/policies/in-force")) {
            send(exchange, 200, "application/json", POLICY);
        } else if (path.equals("/api/policies/p-acme/applicability")) {
            send(exchange, 200, "application/json", "{\"standing\":\"EMPLOYEE\",\"guidelines\":[" + RULE + "]}");
        } else if (path.equals("/api/official-accounts")) {
            send(exchange, 200, "application/json", "{\"items\":[{\"accountId\":\"a1\",\"platform\":\"X\","
                + "\"handle\":\"@acme_jp\",\"url\":\"https://x.com/acme_jp\",\"purpose\":\"お知らせ og nyheter\","
                + "\"since\":\"2026-01-01\",\"status\":\"ACTIVE\"}]}");
        } else if (path.equals("/api/policies/p-acme/versions/1/acknowledgements") && method.equals("POST")) {
            changes.add("acknowledged by " + token.substring("Bearer t-".length()) + ": " + body);
            send(exchange, 200, "application/json", "{\"personId\":\"emi\",\"acknowledgedAt\":"
                + "\"2026-12-03T09:30:00Z\",\"channel\":\"console\"}");
        } else if (path.equals("/api/incidents") && method.equals("POST")) {
            changes.add("report refused: " + body);
            send(exchange, 422, PROBLEM, problem(422, "The report cannot be recorded",
                "A post seen before it was posted cannot be reported",
                ",\"errors\":[{\"field\":\"evidence.sha256\",\"message\":\"must be 64 hexadecimal characters\"},"
                    + "{\"field\":\"seenAt\",\"message\":\"must not be before postedAt\"}]"));
        } else {
            send(exchange, 404, PROBLEM, problem(404, "Not found", "No such resource", ""));
        }
    }

    private void devToken(HttpExchange exchange, String body) throws IOException {
        if (!devTokens) {
            send(exchange, 404, PROBLEM, problem(404, "Not found", "No such resource", ""));
        } else if (!body.contains("\"subject\":\"") || body.contains("\"subject\":\"\"")) {
            send(exchange, 400, PROBLEM, problem(400, "The request is not valid", "Field 'subject' must not be blank",
                ",\"errors\":[{\"field\":\"subject\",\"message\":\"must not be blank\"}]"));
        } else {
            String subject = body.replaceAll(".*\"subject\":\"([^\"]*)\".*", "$1");
            send(exchange, 200, "application/json",
                "{\"token\":\"t-" + subject + "\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}");
        }
    }

    static final String RULE = "{\"number\":1,\"title\":\"機密情報を守る\",\"text\":\"Del aldri kundens hemmeligheter"
        + " – æ, ø og å.\",\"category\":\"CLIENT_CONFIDENTIALITY\",\"survivesDeparture\":true}";

    private static final String POLICY = "{\"policyId\":\"p-acme\",\"title\":\"ソーシャルメディア方針\","
        + "\"personId\":\"emi\",\"standing\":\"EMPLOYEE\",\"acknowledged\":false,\"acknowledgements\":[],"
        + "\"version\":{\"versionNo\":1,\"published\":true,\"effectiveFrom\":\"2026-04-01\",\"content\":{"
        + "\"purposes\":[\"Vi snakker ærlig på nett\"],\"officialStatementNote\":\"公式見解は広報部のみが発信します\","
        + "\"questionsHandling\":\"Ask\",\"personalUseWelcome\":true,\"guidelines\":[" + RULE + "]}}}";
}
