package org.socialgov.gateway.identity;

/** RFC 6750, 3: how a resource server tells a client that its bearer token is no good, and why, in words. */
public final class BearerChallenge {

    private BearerChallenge() {
    }

    /** {@code error_description} may hold printable ASCII other than a quote or a backslash. */
    public static String invalidToken(String reason) {
        return "Bearer error=\"invalid_token\", error_description=\""
            + reason.replaceAll("[^\\x20-\\x21\\x23-\\x5B\\x5D-\\x7E]", "'") + "\"";
    }
}
