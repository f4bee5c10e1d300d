package org.socialgov.suite.hostile;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.swagger.v3.oas.models.parameters.Parameter;

/** Bad ids in the path, bad values and strangers in the query, and bad preconditions and keys in the headers. */
final class ParameterMutations {

    /** Path segments as they go on the wire: unknown, oversized, traversal and percent-encoded junk. */
    private static final List<String> PATH_VALUES = List.of("..", "../../admin/contracts/projections/rebuild",
        "%2e%2e%2f%2e%2e%2fadmin", "%00", "%ZZ", "%C0%AF", "%F0%9F%98%80", "%u0041", "x;jsessionid=1", "a%20b",
        "*", "%2F", "%25", "-1", "0", "99999999999999999999", "1.5", "1e3", "0x10", "null", "undefined",
        "x".repeat(3000), "%E2%80%AE" + "txt", "%FF%FE", "\u00fc\u00e9");
    private static final List<String> QUERY_VALUES = List.of("abc", "-1", "0", "99999999999999999999", "1.5", "",
        "%ZZ", "%00", "x".repeat(3000), "AAAA", "eyJ0ZW5hbnQiOiJnbG9iZXgifQ", "!!!", "2027-13-45T99:00:00Z",
        "NOT_A_VALUE", "%E2%80%AE", "true", "null", "[]", "{\"$gt\":\"\"}", "%2B999999999-12-31",
        "-999999999-01-01", "%2B999999999-12-31T23:59:59Z", "2027-01-01T09:30:00%2B25:00");
    private static final List<String> UNKNOWN_QUERY = List.of("fuzz=1", "tenant=globex", "%24where=1",
        "x=%ZZ", "a[b]=c", "=", "&&&");
    private static final List<String> PRECONDITIONS = List.of("abc", "\"-1\"", "\"99999999999999999999\"", "*",
        "W/\"1\"", "\"1\", \"2\"", "", "\"\"", "\"0\"", "\"" + "9".repeat(18) + "\"", "\"1", "\"" + "1".repeat(6000)
        + "\"", "\"١\"");
    private static final List<String> KEYS = List.of("", "k".repeat(201), "k".repeat(7000), "ключ-🔑",
        "key\twith\ttabs", "fuzz-reused-key", " ", "../../etc/passwd");
    private static final List<String> ACCEPTS = List.of("application/xml", "text/html", "image/png",
        "application/json;q=0", "*/*;q=0.1, application/xml", "garbage/");

    static final List<Mutation> ALL = List.of(
        new Mutation("path id", ParameterMutations::pathId),
        new Mutation("query value", ParameterMutations::queryValue),
        new Mutation("unknown query", ParameterMutations::unknownQuery),
        new Mutation("header value", ParameterMutations::headerValue),
        new Mutation("accept", ParameterMutations::accept));

    private ParameterMutations() {
    }

    private static String pathId(RequestDraft draft, Random random) {
        List<Parameter> path = draft.operation.parameters("path");
        if (path.isEmpty()) {
            return null;
        }
        Parameter parameter = HostileValues.oneOf(random, path);
        String value = random.nextInt(5) == 0 ? unknownButWellFormed(parameter, random)
            : HostileValues.oneOf(random, PATH_VALUES);
        draft.pathValues.put(parameter.getName(), value);
        // An id that names nothing the caller may see must be refused, as invalid or as missing; a company's
        // public pages may answer an empty list for a company they do not know, if its name is well-formed.
        draft.mustBeRefused = !parameter.getName().equals("tenant")
            || SchemaLimits.breaksParameter(parameter.getSchema(), decoded(value));
        return "path " + parameter.getName() + " = " + RawHttp.abbreviated(value);
    }

    private static String unknownButWellFormed(Parameter parameter, Random random) {
        String type = ValidValues.typeOf(parameter.getSchema());
        return type.equals("integer") ? Long.toString(900_000 + random.nextInt(100_000))
            : "fz-unknown-" + ValidValues.alphanumeric(random, 8);
    }

    private static String queryValue(RequestDraft draft, Random random) {
        List<Parameter> query = draft.operation.parameters("query");
        if (query.isEmpty()) {
            return null;
        }
        Parameter parameter = HostileValues.oneOf(random, query);
        String value = HostileValues.oneOf(random, QUERY_VALUES);
        boolean repeated = random.nextInt(6) == 0;
        if (repeated) {
            draft.query.add(new String[] {parameter.getName(), value});
        } else {
            draft.queryValue(parameter.getName(), value);
        }
        // Micronaut converts any text but true, yes, y and on to false for a Boolean parameter (a leniency).
        boolean lenient = "boolean".equals(ValidValues.typeOf(parameter.getSchema()));
        draft.mustBeRefused = !repeated && !lenient && !value.contains("%ZZ") && !value.isEmpty()
            && SchemaLimits.breaksParameter(parameter.getSchema(), decoded(value));
        return (repeated ? "query " + parameter.getName() + " repeated, the second " : "query "
            + parameter.getName() + " = ") + RawHttp.abbreviated(value);
    }

    /** The value as the server reads it, malformed escapes left as they are. */
    private static String decoded(String value) {
        try {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return value;
        }
    }

    private static String unknownQuery(RequestDraft draft, Random random) {
        String pair = HostileValues.oneOf(random, UNKNOWN_QUERY);
        String[] parts = pair.split("=", 2);
        draft.query.add(new String[] {parts[0], parts.length > 1 ? parts[1] : ""});
        return "an unknown query parameter " + pair;
    }

    private static String headerValue(RequestDraft draft, Random random) {
        List<Parameter> headers = new ArrayList<>(draft.operation.parameters("header"));
        if (headers.isEmpty()) {
            return null;
        }
        Parameter parameter = HostileValues.oneOf(random, headers);
        boolean precondition = parameter.getName().startsWith("If-");
        String value = HostileValues.oneOf(random, precondition ? PRECONDITIONS : KEYS);
        draft.header(parameter.getName(), value);
        draft.mustBeRefused = !value.isBlank() && SchemaLimits.breaksString(parameter.getSchema(), value)
            && !value.equals("*");
        return parameter.getName() + ": " + RawHttp.abbreviated(HostileValues.visible(value));
    }

    private static String accept(RequestDraft draft, Random random) {
        String accept = HostileValues.oneOf(random, ACCEPTS);
        draft.header("Accept", accept);
        return "Accept: " + accept;
    }
}
