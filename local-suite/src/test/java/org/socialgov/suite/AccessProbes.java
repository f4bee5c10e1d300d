package org.socialgov.suite;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * What the access tests share: calling an operation of the matrix, naming an object that does not exist, and
 * comparing two refusals the way a caller would, minus what differs between any two requests.
 */
final class AccessProbes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PROBLEM_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]+)\"");
    /** Where the id asked about stood in an answer, once taken out. */
    private static final String ID_ASKED_ABOUT = "{id}";

    private AccessProbes() {
    }

    /** The operation at this URL, with this token (or none) and this JSON body (or none). */
    static HttpResponse<String> call(AccessOperation operation, String url, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).method(operation.method(),
            json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return RunningSuite.send(request.build());
    }

    /** The same id with its last character changed: it passes any format check, and names nothing. */
    static String wellFormedButMissing(String id) {
        char last = id.charAt(id.length() - 1);
        return id.substring(0, id.length() - 1) + (last == '0' ? '1' : '0');
    }

    /** The values of {@code ids} with each id replaced by one that names nothing. */
    static Map<String, String> missing(Map<String, String> values, Iterable<String> ids) {
        Map<String, String> missing = new HashMap<>(values);
        ids.forEach(name -> missing.put(name, wellFormedButMissing(values.get(name))));
        return missing;
    }

    static String problemType(HttpResponse<String> response) {
        Matcher type = PROBLEM_TYPE.matcher(response.body());
        return type.find() ? type.group(1) : "";
    }

    /**
     * The answer as a caller can compare it with another: the status and the whole body, without its instance and
     * request id (which differ between any two requests), and with the id asked about replaced by a placeholder.
     */
    static String comparable(HttpResponse<String> response, String idAskedAbout) {
        String body = response.body();
        try {
            JsonNode json = JSON.readTree(body);
            if (json instanceof ObjectNode problem) {
                problem.remove("instance");
                problem.remove("requestId");
                replaceId(problem, idAskedAbout);
                body = JSON.writeValueAsString(problem);
            }
        } catch (JsonProcessingException notJson) {
            body = body.replace(idAskedAbout, ID_ASKED_ABOUT);
        }
        return response.statusCode() + " " + body;
    }

    private static JsonNode replaceId(JsonNode node, String id) {
        if (node.isTextual()) {
            return TextNode.valueOf(node.asText().replace(id, ID_ASKED_ABOUT));
        }
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> field.setValue(replaceId(field.getValue(), id)));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, replaceId(array.get(i), id));
            }
        }
        return node;
    }
}
