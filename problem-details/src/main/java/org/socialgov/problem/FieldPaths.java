package org.socialgov.problem;

import java.util.Arrays;

/**
 * Bean validation reports a field as {@code method.parameter.field}; clients know only the field path in their
 * JSON body (or the query parameter name), so the Java method and parameter names are dropped.
 */
final class FieldPaths {

    private FieldPaths() {
    }

    static String simplify(String rawPath) {
        // Container elements are reported as "roles[0]<list element>"; clients know them as "roles[0]".
        String path = rawPath.replaceAll("<[a-z ]+>", "");
        String[] segments = path.split("\\.");
        if (segments.length <= 1) {
            return path;
        }
        if (segments.length == 2) {
            return segments[1];
        }
        return String.join(".", Arrays.copyOfRange(segments, 2, segments.length));
    }
}
