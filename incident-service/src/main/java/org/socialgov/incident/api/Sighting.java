package org.socialgov.incident.api;

import java.time.Instant;

/** One report of the incident's post after the first: who saw it, when, in which form of the URL and how far it had spread. */
public record Sighting(String postUrl, Reporter reporter, Instant seenAt, Reach reach, Instant reportedAt) {
}
