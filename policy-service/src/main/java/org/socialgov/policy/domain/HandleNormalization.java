package org.socialgov.policy.domain;

import org.socialgov.platform.handles.InvalidHandleException;
import org.socialgov.platform.handles.ProfileHandles;
import org.socialgov.policy.api.SocialPlatform;

/**
 * How a handle is recognised whatever form it is written in: "@Acme", "acme", "https://x.com/Acme",
 * "twitter.com/acme" all name the same X account (the rules are in {@link ProfileHandles}, shared with
 * incident-service, so that an account the lookup calls official is official for an incident's response too).
 */
public final class HandleNormalization {

    private HandleNormalization() {
    }

    /** The normal form of a handle or profile address on the platform; refused when nothing handle-like is left. */
    public static String normalise(SocialPlatform platform, String anyForm) {
        try {
            return ProfileHandles.normalise(platform.name(), anyForm);
        } catch (InvalidHandleException invalid) {
            throw new OfficialAccountHandleInvalidException(invalid.getMessage());
        }
    }
}
