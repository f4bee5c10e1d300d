package org.socialgov.incident.api;

/** The platform a post was seen on (the same list as in contracts and official accounts). */
public enum SocialPlatform {
    X,
    FACEBOOK,
    INSTAGRAM,
    LINKEDIN,
    YOUTUBE,
    TIKTOK,
    THREADS,
    OTHER
}
