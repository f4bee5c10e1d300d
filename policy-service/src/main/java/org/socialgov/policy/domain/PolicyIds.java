package org.socialgov.policy.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A tenant has one social media policy; its identifier follows from the tenant, so the store itself refuses a second
 * one and the public page finds it without a lookup.
 */
public final class PolicyIds {

    private PolicyIds() {
    }

    public static String forTenant(String tenant) {
        return UUID.nameUUIDFromBytes(("social-media-policy:" + tenant).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
