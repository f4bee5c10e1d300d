package org.socialgov.incident.api;

/** How far the post had spread when it was seen: the author's followers, and the reposts and replies so far. */
public record Reach(long followers, long reposts, long replies) {
}
