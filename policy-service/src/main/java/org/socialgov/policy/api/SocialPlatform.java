package org.socialgov.policy.api;

/** The platforms an official account can be on (the same list as in contracts). */
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
