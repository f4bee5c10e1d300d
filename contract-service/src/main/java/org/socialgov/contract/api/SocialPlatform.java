package org.socialgov.contract.api;

/** The social media platforms on which a provider may operate the client's accounts. */
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
