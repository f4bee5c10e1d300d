package org.socialgov.console.contracts;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import org.socialgov.console.FakeHttpApi;

/**
 * A stand-in for the gateway as the contract pages meet it (openapi/contract-service.yaml), with development
 * tokens {@code t-<person>} for the sign-in. Company acme has four contracts, two pages of three, sorted as asked
 * (it refuses a sort the API does not know, and a cursor of another sort); "c-other" is
 * another company's (404, as a missing one). Dates are relative to today, so that "in 12 days" stays true. It
 * records the list queries and the changes asked for (with their If-Match), so a test can see what was sent.
 */
final class FakeContractApi extends FakeHttpApi {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    final List<String> listQueries = new CopyOnWriteArrayList<>();
    final List<String> changes = new CopyOnWriteArrayList<>();
    /** How many times a single contract was read. */
    final java.util.concurrent.atomic.AtomicInteger contractReads = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    protected void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        String body = bodyOf(exchange);
        String token = exchange.getRequestHeaders().getFirst("Authorization");
        if (method.equals("GET") && path.matches("/api/contracts/c-[1-4]")) {
            contractReads.incrementAndGet();
        }
        if (path.equals("/dev/tokens")) {
            String subject = body.replaceAll(".*\"subject\":\"([^\"]*)\".*", "$1");
            send(exchange, 200, JSON, "{\"token\":\"t-" + subject + "\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}");
        } else if (token == null || !token.startsWith("Bearer t-")) {
            send(exchange, 401, PROBLEM, problem(401, "Unauthorized", "A bearer token is needed", ""));
        } else if (method.equals("POST")) {
            change(exchange, path, body);
        } else if (path.equals("/api/contracts")) {
            list(exchange, query == null ? "" : query);
        } else if (path.equals("/api/contracts/c-1")) {
            send(exchange, 200, JSON, ACTIVE);
        } else if (path.equals("/api/contracts/c-2")) {
            send(exchange, 200, JSON, DRAFT);
        } else if (path.equals("/api/contracts/c-3")) {
            send(exchange, 200, JSON, TERMINATED);
        } else if (path.equals("/api/contracts/c-4")) {
            send(exchange, 200, JSON, contract("c-4", "ACTIVE", "Renewal missed", TODAY.plusDays(10), 30, "", "", ""));
        } else if (path.matches("/api/contracts/c-[1-4]/review")) {
            send(exchange, 200, JSON, path.contains("c-2") ? REVIEW_OF_DRAFT : REVIEW_CLEAN);
        } else if (path.equals("/api/contracts/c-1/versions/compare") && "from=1&to=2".equals(query)) {
            send(exchange, 200, JSON, "{\"contractId\":\"c-1\",\"from\":1,\"to\":2,\"changes\":[{\"element\":"
                + "\"DAMAGES\",\"before\":{\"cap\":\"UNCAPPED\"},\"after\":{\"cap\":\"MONTHS_OF_FEES\",\"months\":3}}]}");
        } else {
            send(exchange, 404, PROBLEM, problem(404, "Not found", "No such contract", ""));
        }
    }

    /**
     * The list as the API serves it: sorted across all its pages by the sort asked for (contracts without the date
     * last), three to a page; the next page's cursor is "page-2", refused with another sort, as the API refuses it.
     */
    private void list(HttpExchange exchange, String query) throws IOException {
        listQueries.add(query);
        String sort = parameter(query, "sort");
        String cursor = parameter(query, "cursor");
        if (query.contains("endsWithinDays=9999")) {
            send(exchange, 400, PROBLEM, problem(400, "The request is not valid",
                "Parameter 'endsWithinDays' is out of range", ",\"errors\":[{\"field\":\"endsWithinDays\","
                    + "\"message\":\"must be less than or equal to 3650\"}]"));
            return;
        }
        if (sort != null && !SORTS.contains(sort) || cursor != null && !cursor.equals("page-2-" + sort)) {
            send(exchange, 400, PROBLEM, problem(400, "The request is not valid", "Field 'sort' or 'cursor' is not"
                + " valid", ",\"errors\":[{\"field\":\"sort\",\"message\":\"unknown sort\"}]"));
            return;
        }
        List<String[]> rows = new ArrayList<>(List.of(
            summary("c-1", "Social media operations", "ACTIVE", "agency-blue", "Blue Sky Digital Ltd",
                TODAY.plusDays(72), TODAY.plusDays(12)),
            summary("c-2", "Instagram campaign", "DRAFT", "agency-green", "Green Leaf Media", TODAY.plusDays(400),
                null),
            summary("c-3", "Old X account care", "TERMINATED", "agency-amber", "Amber & Co", TODAY.minusDays(5), null),
            summary("c-4", "Renewal missed", "ACTIVE", "agency-red", "Red Agency", TODAY.plusDays(10),
                TODAY.minusDays(20))));
        if (sort != null && !sort.endsWith("created")) {
            int column = sort.endsWith("termEnd") ? 1 : 2;
            Comparator<String> dates = sort.startsWith("-") ? Comparator.reverseOrder() : Comparator.naturalOrder();
            rows.sort(Comparator.comparing(row -> row[column], Comparator.nullsLast(dates)));
        } else if ("-created".equals(sort)) {
            java.util.Collections.reverse(rows);
        }
        List<String[]> page = cursor == null ? rows.subList(0, 3) : rows.subList(3, rows.size());
        send(exchange, 200, JSON, "{\"items\":[" + page.stream().map(row -> row[0]).collect(Collectors.joining(","))
            + "]" + (cursor == null ? ",\"nextCursor\":\"page-2-" + sort + "\"" : "") + "}");
    }

    private static final List<String> SORTS = List.of("created", "-created", "termEnd", "-termEnd", "cancelBy",
        "-cancelBy");

    private static String parameter(String query, String name) {
        return Arrays.stream(query.split("&")).filter(pair -> pair.startsWith(name + "="))
            .map(pair -> pair.substring(name.length() + 1)).findFirst().orElse(null);
    }

    private void change(HttpExchange exchange, String path, String body) throws IOException {
        String ifMatch = exchange.getRequestHeaders().getFirst("If-Match");
        if (path.equals("/api/contracts/c-2/signatures") && body.contains("\"signatoryName\":\"\"")) {
            send(exchange, 400, PROBLEM, problem(400, "The request is not valid", "Some fields are not valid",
                ",\"errors\":[{\"field\":\"signatoryName\",\"message\":\"must not be blank\"},"
                    + "{\"field\":\"acceptedWarnings[0].justification\",\"message\":\"must not be blank\"}]"));
        } else if (path.equals("/api/contracts/c-1/subcontracting-consents") && body.contains("\"reference\":\"\"")) {
            send(exchange, 400, PROBLEM, problem(400, "The request is not valid", "Some fields are not valid",
                ",\"errors\":[{\"field\":\"consent.reference\",\"message\":\"must not be blank\"},"
                    + "{\"field\":\"tasks\",\"message\":\"size must be between 1 and 4\"}]"));
        } else if (path.equals("/api/contracts/c-1/termination")) {
            send(exchange, 409, PROBLEM, problem(409, "The contract cannot be terminated this way",
                "The contract has no force majeure clause", ""));
        } else if (path.startsWith("/api/contracts/c-other")) {
            send(exchange, 404, PROBLEM, problem(404, "Not found", "No such contract", ""));
        } else {
            changes.add(path + " If-Match " + ifMatch + " " + body);
            send(exchange, 200, JSON, ACTIVE);
        }
    }

    /** A summary's JSON, its term end and its cancel-by date (ISO, null when it has none). */
    private static String[] summary(String id, String title, String status, String providerId, String providerName,
                                    LocalDate end, LocalDate cancelBy) {
        return new String[] {"{\"contractId\":\"" + id + "\",\"title\":\"" + title + "\",\"status\":\"" + status
            + "\",\"providerId\":\"" + providerId + "\",\"providerName\":\"" + providerName + "\",\"termStart\":\""
            + end.minusYears(1) + "\",\"termEnd\":\"" + end + "\""
            + (cancelBy == null ? "" : ",\"cancelBy\":\"" + cancelBy + "\"") + ",\"version\":3}",
            end.toString(), cancelBy == null ? null : cancelBy.toString()};
    }

    /** A contract whose term ends on {@code end}, renewing with {@code noticeDays} of notice (0: not renewing). */
    private static String contract(String id, String status, String title, LocalDate end, int noticeDays,
                                   String more, String termsMore, String signatures) {
        String renewal = noticeDays == 0 ? "" : ",\"autoRenewal\":{\"renewalMonths\":12,\"noticeDays\":" + noticeDays
            + "}";
        boolean mayRenew = noticeDays > 0 && (status.equals("ACTIVE") || status.equals("DRAFT"));
        String cancelBy = mayRenew ? ",\"cancelBy\":\"" + end.minusDays(noticeDays) + "\"" : "";
        return "{\"contractId\":\"" + id + "\",\"version\":7,\"status\":\"" + status + "\",\"title\":\"" + title
            + "\",\"provider\":{\"providerId\":\"agency-blue\",\"name\":\"Blue Sky Digital Ltd\",\"kind\":\"AGENCY\"},"
            + "\"terms\":{\"scope\":{\"platforms\":[\"X\",\"INSTAGRAM\"],\"postsPerMonth\":12},"
            + "\"fees\":{\"baseMonthlyFee\":{\"currency\":\"EUR\",\"amount\":\"2500.00\"}},"
            + "\"term\":{\"start\":\"" + end.minusYears(1) + "\",\"end\":\"" + end + "\"" + renewal + "},"
            + "\"subcontracting\":{\"policy\":\"PRIOR_WRITTEN_CONSENT\",\"providerFullyLiable\":true},"
            + "\"termination\":{\"noticeDays\":30,\"immediateForCause\":true}" + termsMore + "},"
            + "\"signatures\":[" + signatures + "],\"subcontractors\":[]" + cancelBy + more + "}";
    }

    private static final String SIGNED = "{\"party\":\"CLIENT\",\"signedBy\":\"carla\",\"signatoryName\":\"Hanako"
        + " Yamada\",\"signatoryRole\":\"Head of Legal\",\"signedAt\":\"2026-01-10T09:00:00Z\"},{\"party\":"
        + "\"PROVIDER\",\"signedBy\":\"agency-blue\",\"signatoryName\":\"Ken Blue\",\"signatoryRole\":\"CEO\","
        + "\"signedAt\":\"2026-01-11T10:30:00Z\"}";

    private static final String ACTIVE = contract("c-1", "ACTIVE", "Social media operations", TODAY.plusDays(72), 60,
        ",\"activeFrom\":\"" + TODAY.minusDays(293) + "\",\"versions\":[{\"versionNo\":1,\"effectiveFrom\":\""
            + TODAY.minusDays(293) + "\"},{\"versionNo\":2,\"effectiveFrom\":\"" + TODAY.minusDays(30) + "\"}],"
            + "\"openAmendment\":{\"amendmentNo\":2,\"proposedBy\":\"PROVIDER\",\"effectiveFrom\":\""
            + TODAY.plusDays(20) + "\",\"newTerms\":{\"scope\":{\"platforms\":[\"X\",\"INSTAGRAM\"],"
            + "\"postsPerMonth\":20},\"fees\":{\"baseMonthlyFee\":{\"currency\":\"EUR\",\"amount\":\"3100.00\"}},"
            + "\"term\":{\"start\":\"" + TODAY.minusDays(293) + "\",\"end\":\"" + TODAY.plusDays(72) + "\","
            + "\"autoRenewal\":{\"renewalMonths\":12,\"noticeDays\":60}},\"subcontracting\":{\"policy\":"
            + "\"PRIOR_WRITTEN_CONSENT\",\"providerFullyLiable\":true},\"termination\":{\"noticeDays\":30,"
            + "\"immediateForCause\":true},\"damages\":{\"cap\":\"MONTHS_OF_FEES\",\"months\":3}}},"
            + "\"subcontractors\":[{\"subcontractor\":{\"companyId\":\"pixel-studio\",\"name\":\"Pixel Studio\"},"
            + "\"tasks\":[\"REGULAR_POSTING\",\"STRATEGY_AND_AUDIENCE_ANALYSIS\"]}]",
        ",\"damages\":{\"cap\":\"MONTHS_OF_FEES\",\"months\":3}", SIGNED).replace(",\"subcontractors\":[]", "");

    private static final String DRAFT = contract("c-2", "DRAFT", "Instagram campaign", TODAY.plusDays(400), 0, "", "",
        "");

    private static final String TERMINATED = contract("c-3", "TERMINATED", "Old X account care", TODAY.minusDays(5),
        0, ",\"termination\":{\"party\":\"CLIENT\",\"ground\":\"NOTICE\",\"effectiveOn\":\"" + TODAY.minusDays(5)
            + "\",\"survivingDuties\":[{\"duty\":\"CONFIDENTIALITY\",\"until\":\"" + TODAY.plusYears(3) + "\"},"
            + "{\"duty\":\"PERSONAL_DATA\"}]}", "", SIGNED);

    private static final String REVIEW_CLEAN = "{\"contractId\":\"c-1\",\"version\":7,\"signable\":true,"
        + "\"findings\":[]}";

    private static final String REVIEW_OF_DRAFT = "{\"contractId\":\"c-2\",\"version\":7,\"signable\":true,"
        + "\"findings\":[{\"code\":\"DAMAGES_MISSING\",\"severity\":\"WARNING\",\"element\":\"DAMAGES\",\"message\":"
        + "\"The contract does not cap damages for a breach\"},{\"code\":\"RIGHTS_UNSPECIFIED\",\"severity\":"
        + "\"WARNING\",\"element\":\"RIGHTS_OWNERSHIP\",\"message\":\"Nobody is named owner of the rights in what is"
        + " published\"},{\"code\":\"FORCE_MAJEURE_MISSING\",\"severity\":\"INFO\",\"element\":\"FORCE_MAJEURE\","
        + "\"message\":\"No force majeure clause\"}]}";

}
