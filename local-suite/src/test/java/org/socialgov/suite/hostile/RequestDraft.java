package org.socialgov.suite.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A request to one operation, built valid and then changed by one mutation: path values and query as they go on
 * the wire (already percent-encoded), headers as bytes, and the body either as JSON or as raw bytes.
 */
final class RequestDraft {

    /** Stands in a JSON string for an escape Jackson would never write (a lone surrogate, {@code \ud800}). */
    static final String RAW_ESCAPE_MARK = "\u0001RAW\u0001";
    /** Stands for a number literal written as given ({@code 1e400}), in place of the JSON string holding it. */
    static final String RAW_NUMBER_MARK = "\u0001NUMBER\u0001";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    final SpecOperation operation;
    final Map<String, String> pathValues = new LinkedHashMap<>();
    final List<String[]> query = new ArrayList<>();
    final List<Map.Entry<String, byte[]>> headers = new ArrayList<>();
    JsonNode body;
    byte[] rawBody;
    String contentType;
    /** What replaces {@link #RAW_ESCAPE_MARK} in the written body. */
    String rawEscape = "";
    /** What replaces {@link #RAW_NUMBER_MARK}, quotes included. */
    String rawNumber = "";
    /** Whether the spec forbids the request outright, so that accepting it would be a fault too. */
    boolean mustBeRefused;

    RequestDraft(SpecOperation operation) {
        this.operation = operation;
    }

    String target() {
        Matcher matcher = PARAMETER.matcher(operation.pathTemplate());
        StringBuilder path = new StringBuilder("/api");
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(pathValues.get(matcher.group(1))));
        }
        matcher.appendTail(path);
        for (int i = 0; i < query.size(); i++) {
            path.append(i == 0 ? '?' : '&').append(query.get(i)[0]).append('=').append(query.get(i)[1]);
        }
        return path.toString();
    }

    byte[] bodyBytes() {
        if (rawBody != null) {
            return rawBody;
        }
        if (body == null) {
            return null;
        }
        try {
            String escape = JSON.writeValueAsString(RAW_ESCAPE_MARK);
            return JSON.writeValueAsString(body)
                .replace(JSON.writeValueAsString(RAW_NUMBER_MARK), rawNumber)
                .replace(escape.substring(1, escape.length() - 1), rawEscape)
                .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void header(String name, String value) {
        header(name, value.getBytes(StandardCharsets.UTF_8));
    }

    void header(String name, byte[] value) {
        headers.removeIf(header -> header.getKey().equalsIgnoreCase(name));
        headers.add(Map.entry(name, value));
    }

    void queryValue(String name, String value) {
        query.removeIf(pair -> pair[0].equals(name));
        query.add(new String[] {name, value});
    }
}
