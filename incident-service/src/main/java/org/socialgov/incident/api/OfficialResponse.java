package org.socialgov.incident.api;

/**
 * The company's official answer: on one of its official accounts (platform and handle), its website or a press
 * release, with the text published and a link to it.
 */
public record OfficialResponse(ResponseChannel channel, SocialPlatform platform, String handle, String text,
                               String link) {
}
