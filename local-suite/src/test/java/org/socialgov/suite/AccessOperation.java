package org.socialgov.suite;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of a service's spec as the access matrix sees it: how it is called (with the names of its required
 * and optional query parameters) and which roles may call it (the scopes of its security requirement; empty list and
 * {@code open} for a public operation).
 */
record AccessOperation(String spec, String operationId, String method, String pathTemplate, List<String> roles,
                       boolean open, boolean takesBody, List<String> requiredQuery, List<String> optionalQuery) {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    /** The path with each parameter taken from {@code values} (by name), and the required query parameters. */
    String path(Map<String, String> values) {
        String query = requiredQuery.stream().map(name -> name + "=" + required(values, name))
            .reduce((a, b) -> a + "&" + b).map(q -> "?" + q).orElse("");
        return pathOnly(values) + query;
    }

    private String pathOnly(Map<String, String> values) {
        Matcher matcher = PARAMETER.matcher(pathTemplate);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(required(values, matcher.group(1))));
        }
        return matcher.appendTail(path).toString();
    }

    private String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("No value for " + name + " of " + label());
        }
        return value;
    }

    /** Whether the path names a stored object (one of a tenant's), not only a collection. */
    boolean namesAnObject() {
        return PARAMETER.matcher(pathTemplate).find() && !pathTemplate.contains("{tenant}");
    }

    String label() {
        return method + " " + pathTemplate + " (" + operationId + ")";
    }
}
