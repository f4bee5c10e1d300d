package org.socialgov.suite;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens signed as the suite's parties sign them: a user's, as the identity provider (here, the suite's user-token
 * secret) would; and the gateway's internal one, for tests that call a service directly.
 */
final class SignedToken {

    private SignedToken() {
    }

    static String user(String secret, String subject, String tenant, String role) {
        return sign(secret, subject, tenant, role, "");
    }

    static String internal(String secret, String subject, String tenant, String role) {
        return sign(secret, subject, tenant, role, ",\"iss\":\"socialgov-gateway\"");
    }

    /** The gateway's token as it was an hour and a half ago: it expired half an hour ago. */
    static String expiredInternal(String secret, String subject, String tenant, String role) {
        return sign(secret, subject, tenant, role, ",\"iss\":\"socialgov-gateway\"",
            Instant.now().minusSeconds(5400).getEpochSecond());
    }

    private static String sign(String secret, String subject, String tenant, String role, String issuer) {
        return sign(secret, subject, tenant, role, issuer, Instant.now().getEpochSecond());
    }

    private static String sign(String secret, String subject, String tenant, String role, String issuer,
                               long now) {
        String header = base64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        String claims = base64("{\"sub\":\"" + subject + "\",\"tenant\":\"" + tenant + "\",\"roles\":[\"" + role
            + "\"]" + issuer + ",\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal((header + "." + claims).getBytes(StandardCharsets.UTF_8)));
            return header + "." + claims + "." + signature;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
