package org.socialgov.incident.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An incident's identifier is derived from the company and the post's normalised URL, so every report of the same
 * post reaches the same aggregate: the event store's unique (aggregate, sequence) index then turns two concurrent
 * first reports into one incident and one sighting, with no lookup table that could drift from the events. Hashed,
 * so that the identifier reveals neither the tenant nor the post.
 */
public final class IncidentIds {

    private IncidentIds() {
    }

    public static String of(String tenant, String normalisedUrl) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                (tenant + "\n" + normalisedUrl).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /** The identifier of the incident a post's URL, in any of its forms, belongs to. */
    public static String forPost(String tenant, String anyUrlForm) {
        return of(tenant, PostUrlNormalization.normalise(anyUrlForm));
    }
}
