package org.socialgov.incident.api;

/** One of the company's official accounts, which a post's author handle looks like without being it. */
public record ImitatedAccount(SocialPlatform platform, String handle) {
}
