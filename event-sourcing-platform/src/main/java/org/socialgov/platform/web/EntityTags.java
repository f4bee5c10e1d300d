package org.socialgov.platform.web;

import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * ETags are aggregate versions (the sequence number of the latest event), quoted. A client sends one back in
 * {@code If-Match} to say "only if nobody changed it since I read it".
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header expects, or null when the client sent none (or "*"). */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        try {
            return Long.parseLong(tag.replace("\"", ""));
        } catch (NumberFormatException notOurs) {
            // No version of ours looks like this, so the condition cannot hold (RFC 9110, 13.1.1): 412, not a 500.
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "If-Match names no version of this resource; read it again and send its ETag");
        }
    }
}
