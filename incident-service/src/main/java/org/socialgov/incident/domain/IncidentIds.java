package org.socialgov.incident.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.Predicate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An incident's identifier is derived from the company and the post's normalised URL, so every report of the same
 * post reaches the same aggregate: the event store's unique (aggregate, sequence) index then turns two concurrent
 * first reports into one incident and one sighting, with no lookup table that could drift from the events.
 * <p>
 * The derivation is keyed (HMAC-SHA-256 with the service's own secret key): anyone can compute a plain hash of a
 * company and a URL, and could then ask for that id and tell from the answer whether the company has a report about
 * the post. Incidents opened before the key was introduced keep their plain-hash ("legacy") id; a post reported
 * again finds them there, so they go on collecting sightings. No new incident is ever opened under a legacy id.
 */
public final class IncidentIds {

    private static final String HMAC = "HmacSHA256";
    private static final int ID_BYTES = 16;

    private final SecretKeySpec key;
    private final Predicate<String> recorded;

    /**
     * @param key      the service's secret key, the same for every instance and kept as long as its incidents
     * @param recorded whether an incident has events under the given id
     */
    public IncidentIds(byte[] key, Predicate<String> recorded) {
        if (key.length < 32) {
            throw new IllegalArgumentException("The incident id key needs at least 256 bits");
        }
        this.key = new SecretKeySpec(key.clone(), HMAC);
        this.recorded = recorded;
    }

    /** The identifier a new incident about the post gets. */
    public String of(String tenant, String normalisedUrl) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(identity(tenant, normalisedUrl)), 0, ID_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JVM has HMAC-SHA-256", e);
        }
    }

    /**
     * The identifier of the incident a post's URL, in any of its forms, belongs to: the legacy one if the post was
     * reported before ids were keyed, else the keyed one.
     */
    public String forPost(String tenant, String anyUrlForm) {
        String normalisedUrl = PostUrlNormalization.normalise(anyUrlForm);
        String legacy = legacyOf(tenant, normalisedUrl);
        return recorded.test(legacy) ? legacy : of(tenant, normalisedUrl);
    }

    /**
     * A report must name the identifier of its post; an existing incident may be a legacy one, a new one never is.
     * Anything else is a programming error, not a caller's.
     */
    public void requireIdentifies(String incidentId, String tenant, String normalisedUrl, boolean existing) {
        boolean identifies = of(tenant, normalisedUrl).equals(incidentId)
            || (existing && legacyOf(tenant, normalisedUrl).equals(incidentId));
        if (!identifies) {
            throw new IllegalArgumentException("Incident id " + incidentId + " is not the id of '" + normalisedUrl
                + "' for " + tenant);
        }
    }

    /** The unkeyed identifier incidents were given before: a plain SHA-256 of company and URL. */
    public static String legacyOf(String tenant, String normalisedUrl) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity(tenant, normalisedUrl));
            return HexFormat.of().formatHex(digest, 0, ID_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static byte[] identity(String tenant, String normalisedUrl) {
        return (tenant + "\n" + normalisedUrl).getBytes(StandardCharsets.UTF_8);
    }
}
