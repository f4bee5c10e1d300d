package org.socialgov.problem;

/**
 * Bean validation reports a field as {@code method.parameter.field}; clients know only the field path in their
 * JSON body (or the query parameter name), so the Java method and parameter names are dropped.
 */
final class FieldPaths {

    private FieldPaths() {
    }

    static String simplify(String path) {
        String[] segments = path.split("\\.");
        if (segments.length <= 1) {
            return path;
        }
        if (segments.length == 2) {
            return segments[1];
        }
        return String.join(".", java.util.Arrays.copyOfRange(segments, 2, segments.length));
    }
}
