package org.socialgov.policy.domain;

import java.util.Locale;

import org.socialgov.policy.api.SocialPlatform;

/**
 * The address the company publishes for an official account must lead to that account: the public page links to
 * it, and a link to someone else's profile would hand them the company's voice. On a platform we know, the address
 * must name the same handle; on any other we can only insist on a web address.
 */
final class ProfileAddressRule {

    private ProfileAddressRule() {
    }

    static void requireLeadsTo(SocialPlatform platform, String url, String normalisedHandle) {
        String lower = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
            throw new OfficialAccountUrlMismatchException("The URL of an official account must be a web address "
                + "(http or https), not '" + url + "'");
        }
        if (platform == SocialPlatform.OTHER) {
            return;
        }
        String named;
        try {
            named = HandleNormalization.normalise(platform, url);
        } catch (OfficialAccountHandleInvalidException e) {
            throw new OfficialAccountUrlMismatchException("'" + url + "' is not the address of a profile on "
                + platform);
        }
        if (!named.equals(normalisedHandle)) {
            throw new OfficialAccountUrlMismatchException("'" + url + "' leads to '" + named + "' on " + platform
                + ", not to the account's handle '" + normalisedHandle + "'");
        }
    }
}
