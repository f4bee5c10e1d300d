package org.socialgov.platform.web;

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
        return Long.parseLong(tag.replace("\"", ""));
    }
}
