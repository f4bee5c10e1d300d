package org.socialgov.gateway.clients;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.inject.Singleton;

/**
 * Makes client ids and secrets, and keeps only a salted hash of a secret.
 *
 * <p>Secrets are 256 random bits, not passwords a person chose: nobody can guess one, so a slow password hash
 * (bcrypt, PBKDF2, Argon2) would add nothing but CPU time on every token request. One SHA-256 over a random
 * per-secret salt and the secret is enough: a stolen hash cannot be reversed, and the salt makes every hash unique
 * and precomputed tables useless. Comparison is in constant time.
 *
 * <p>The prefixes ({@code sgc_} for ids, {@code sgs_} for secrets) let secret scanners and people recognise a
 * leaked SocialGov secret in a repository or a log.
 */
@Singleton
public class ClientSecrets {

    static final String CLIENT_ID_PREFIX = "sgc_";
    static final String SECRET_PREFIX = "sgs_";
    static final int SECRET_BYTES = 32;
    static final int SALT_BYTES = 16;
    private static final int CLIENT_ID_BYTES = 16;

    private final SecureRandom random = new SecureRandom();

    public String newClientId() {
        return CLIENT_ID_PREFIX + HexFormat.of().formatHex(randomBytes(CLIENT_ID_BYTES));
    }

    /** A new secret with its salt and hash; only the hash and salt are ever stored. */
    public NewSecret newSecret() {
        String value = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(SECRET_BYTES));
        byte[] salt = randomBytes(SALT_BYTES);
        return new NewSecret(value, salt, hash(salt, value));
    }

    public boolean matches(String presented, byte[] salt, byte[] expectedHash) {
        return presented != null && MessageDigest.isEqual(hash(salt, presented), expectedHash);
    }

    static byte[] hash(byte[] salt, String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A secret in clear with what is kept of it. */
    public record NewSecret(String value, byte[] salt, byte[] hash) {

        @Override
        public String toString() {
            return "NewSecret[(hidden)]";
        }
    }
}
