package org.socialgov.incident.api;

/**
 * The capture of the post (screenshot or archive): its SHA-256, so that the copy kept can be shown to be the one
 * reported, and where it is kept.
 */
public record Evidence(String sha256, String location) {
}
