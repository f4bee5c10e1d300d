package org.socialgov.gateway.routing;

import java.util.Locale;

/**
 * Paths that a service could resolve differently from the gateway are never routed: {@code /api/public/../contracts}
 * passes the public route's (anonymous) check, but a service that normalises it would serve {@code /contracts}.
 * Encoded dots, slashes and backslashes are refused for the same reason.
 */
final class PathSafety {

    private PathSafety() {
    }

    static boolean isSafe(String rawPath) {
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c") || lower.indexOf('\\') >= 0) {
            return false;
        }
        for (String segment : rawPath.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
