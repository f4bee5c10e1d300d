package org.socialgov.console.policyadmin;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.sun.net.httpserver.HttpExchange;
import org.socialgov.console.FakeHttpApi;

/**
 * A stand-in for the gateway's policy API on its own port, answering as openapi/policy-*.yaml says for the calls
 * the officer's pages make. Company acme has policy p-acme: version 1 superseded, version 2 in force, version 3 a
 * draft; 45 people have not acknowledged version 2 yet, 22 are on the roster, 25 accounts. Any other policy, such
 * as another company's, is 404. Every call is recorded (method, path and query, If-Match, body).
 */
final class PolicyAdminFakeApi extends FakeHttpApi {

    final List<String> calls = new CopyOnWriteArrayList<>();

    /** The last call whose method and path start so, e.g. "PUT /api/policies/p-acme/versions/3". */
    String last(String start) {
        for (int i = calls.size() - 1; i >= 0; i--) {
            if (calls.get(i).startsWith(start)) {
                return calls.get(i);
            }
        }
        return null;
    }

    @Override
    protected void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        String body = bodyOf(exchange);
        String target = path + (query == null ? "" : "?" + query);
        calls.add(method + " " + target + " If-Match=" + exchange.getRequestHeaders().getFirst("If-Match")
            + " Idempotency-Key=" + exchange.getRequestHeaders().getFirst("Idempotency-Key") + " " + body);
        if (path.equals("/dev/tokens")) {
            devToken(exchange, body);
            return;
        }
        String call = method + " " + path;
        switch (call) {
            case "GET /api/policies" -> send(exchange, 200, JSON, "[{\"policyId\":\"p-acme\",\"title\":\"ソーシャルメディア方針\","
                + "\"latestPublishedVersion\":2,\"nextReviewDue\":\"2026-01-31\",\"reviewOverdue\":true}]");
            case "GET /api/policies/p-acme" -> send(exchange, 200, JSON, POLICY);
            case "GET /api/policies/p-acme/version-in-force" -> send(exchange, 200, JSON, version(2, true));
            case "PUT /api/policies/p-acme/versions/3" -> {
                if (body.contains("\"text\":\"\"")) {
                    send(exchange, 400, PROBLEM, problem(400, "The request is not valid", "Field 'guidelines[1].text'"
                        + " must not be blank", ",\"errors\":[{\"field\":\"guidelines[1].text\",\"message\":"
                        + "\"must not be blank\"}]"));
                } else {
                    send(exchange, 200, JSON, POLICY);
                }
            }
            case "POST /api/policies/p-acme/versions/3/publication" -> {
                if (body.contains("2000-01-01")) {
                    send(exchange, 422, PROBLEM, problem(422, "The policy rules do not allow this", "The draft has no "
                        + "disclaimer rule", ",\"errors\":[{\"code\":\"no-disclaimer-rule\",\"message\":\"Ansvarsfraskrivelse"
                        + " mangler: a rule that views are one's own is needed\"}]"));
                } else {
                    send(exchange, 200, JSON, POLICY);
                }
            }
            case "POST /api/policies/p-acme/reviews" -> {
                if (body.contains("2099")) {
                    send(exchange, 422, PROBLEM, problem(422, "The policy rules do not allow this",
                        "A review is recorded once it has taken place", ",\"errors\":[{\"field\":\"reviewedOn\","
                            + "\"message\":\"must not be after today\"}]"));
                } else {
                    send(exchange, 200, JSON, POLICY);
                }
            }
            case "GET /api/policies/p-acme/versions/2/compliance" -> send(exchange, 200, JSON, COMPLIANCE);
            case "GET /api/staff" -> send(exchange, 200, JSON, roster(query));
            case "POST /api/staff" -> {
                if (body.contains("\"personId\":\"hanako\"")) {
                    send(exchange, 409, PROBLEM, problem(409, "Already on the roster",
                        "hanako is registered already", ""));
                } else {
                    send(exchange, 201, JSON, member("yuki", "Yuki Tanaka"));
                }
            }
            case "GET /api/staff/hanako", "GET /api/staff/yuki" -> send(exchange, 200, JSON,
                member(path.substring("/api/staff/".length()), "Hanako Yamada"));
            case "POST /api/staff/hanako/trainings" -> send(exchange, 200, JSON, member("hanako", "Hanako Yamada"));
            case "GET /api/official-accounts" -> send(exchange, 200, JSON, accounts());
            case "POST /api/official-accounts" -> {
                if (body.contains("elsewhere")) {
                    send(exchange, 422, PROBLEM, problem(422, "The address does not lead to the account",
                        "The URL leads to another profile", ",\"errors\":[{\"field\":\"url\",\"message\":"
                            + "\"must lead to the handle's profile\"}]"));
                } else {
                    send(exchange, 201, JSON, account(99));
                }
            }
            default -> send(exchange, 404, PROBLEM, problem(404, "Not found", "No such resource", ""));
        }
    }

    private void devToken(HttpExchange exchange, String body) throws IOException {
        if (!body.contains("\"subject\":\"") || body.contains("\"subject\":\"\"")) {
            send(exchange, 400, PROBLEM, problem(400, "The request is not valid", "Field 'subject' must not be blank",
                ""));
        } else {
            String subject = body.replaceAll(".*\"subject\":\"([^\"]*)\".*", "$1");
            send(exchange, 200, JSON, "{\"token\":\"t-" + subject + "\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}");
        }
    }

    private static String version(int no, boolean published) {
        return "{\"versionNo\":" + no + ",\"published\":" + published + (published ? ",\"effectiveFrom\":\"202"
            + (no + 3) + "-04-01\"" : "") + ",\"content\":{\"purposes\":[\"Vi snakker ærlig på nett\",\"製品を知って"
            + "もらう\"],\"officialStatementNote\":\"公式見解は広報部のみが発信します\",\"questionsHandling\":\"Vi svarer"
            + " når vi kan\",\"personalUseWelcome\":true,\"guidelines\":[" + RULE + "]}}";
    }

    private static String roster(String query) {
        boolean second = query != null && query.contains("cursor=c2");
        String items = IntStream.range(second ? 20 : 0, second ? 22 : 20)
            .mapToObj(i -> member("p" + (100 + i), "Person " + i)).collect(Collectors.joining(","));
        return "{\"items\":[" + items + "]" + (second ? "" : ",\"nextCursor\":\"c2\"") + "}";
    }

    private static String member(String id, String name) {
        return "{\"personId\":\"" + id + "\",\"name\":\"" + name + "\",\"standing\":\"NON_REGULAR_EMPLOYEE\","
            + "\"since\":\"2024-04-01\",\"trainings\":[{\"title\":\"Sosiale medier 2026\",\"attendedOn\":"
            + "\"2026-05-12\",\"provider\":\"Blue Sky Digital Ltd\"}]}";
    }

    private static String accounts() {
        return "{\"items\":[" + IntStream.range(0, 25).mapToObj(PolicyAdminFakeApi::account)
            .collect(Collectors.joining(",")) + "]}";
    }

    private static String account(int i) {
        return "{\"accountId\":\"a" + i + "\",\"platform\":\"X\",\"handle\":\"@acme_" + i + "\",\"url\":"
            + "\"https://x.com/acme_" + i + "\",\"purpose\":\"お知らせ og nyheter\",\"since\":\"2026-01-01\","
            + "\"status\":\"ACTIVE\"}";
    }

    private static final String RULE = "{\"number\":1,\"title\":\"機密情報を守る\",\"text\":\"Del aldri kundens "
        + "hemmeligheter – æ, ø og å.\",\"category\":\"CLIENT_CONFIDENTIALITY\",\"survivesDeparture\":true}";

    private static final String POLICY = "{\"policyId\":\"p-acme\",\"version\":7,\"title\":\"ソーシャルメディア方針\","
        + "\"enactedOn\":\"2024-04-01\",\"reviewIntervalMonths\":12,\"nextReviewDue\":\"2026-01-31\","
        + "\"lastReview\":{\"reviewer\":\"hanako\",\"reviewedOn\":\"2025-01-31\",\"outcome\":\"AMENDMENTS_NEEDED\","
        + "\"notes\":\"Regel 5 må skrives om\"},\"versions\":[" + version(1, true) + "," + version(2, true) + ","
        + version(3, false) + "]}";

    private static final String COMPLIANCE = "{\"versionNo\":2,\"bound\":48,\"acknowledged\":["
        + IntStream.range(0, 3).mapToObj(i -> "{\"personId\":\"ok" + i + "\",\"name\":\"Kari Nordmann " + i
            + "\",\"standing\":\"EMPLOYEE\",\"acknowledgedAt\":\"2026-11-0" + (i + 1) + "T09:00:00Z\"}")
            .collect(Collectors.joining(",")) + "],\"pending\":["
        + IntStream.range(0, 45).mapToObj(i -> "{\"personId\":\"w" + (100 + i) + "\",\"name\":\"山田 " + (100 + i)
            + "\",\"standing\":\"OFFICER\"}").collect(Collectors.joining(",")) + "],\"percentAcknowledged\":6.25,"
        + "\"formerStaff\":1}";
}
