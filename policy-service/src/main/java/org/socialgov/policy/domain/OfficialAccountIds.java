package org.socialgov.policy.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.socialgov.policy.api.SocialPlatform;

/**
 * An official account's identifier is derived from the company, the platform and the normalised handle, so that
 * a handle is one aggregate over its whole life: the event store's unique (aggregate, sequence) index then refuses
 * a second concurrent registration of the same handle, and a handle retired and registered again keeps its
 * identifier and its history. Hashed, so that the identifier reveals neither the tenant nor the handle.
 */
public final class OfficialAccountIds {

    private OfficialAccountIds() {
    }

    public static String of(String tenant, SocialPlatform platform, String normalisedHandle) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                (tenant + "\n" + platform.name() + "\n" + normalisedHandle).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /** The identifier of the account a handle in any of its forms would be. */
    public static String forHandle(String tenant, SocialPlatform platform, String anyHandleForm) {
        return of(tenant, platform, HandleNormalization.normalise(platform, anyHandleForm));
    }
}
