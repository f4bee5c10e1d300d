package org.socialgov.suite;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The two signing secrets of a local suite: one for the users' tokens, one for the gateway's internal tokens. Made
 * at random on first start and kept beside the data, so that tokens stay valid across restarts of the suite.
 */
record SuiteSecrets(String userTokenSecret, String internalTokenSecret) {

    private static final String USER = "user-token-secret";
    private static final String INTERNAL = "internal-token-secret";

    static SuiteSecrets loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve("suite-secrets.properties");
        try {
            Properties properties = new Properties();
            if (Files.isRegularFile(file)) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    properties.load(reader);
                }
            }
            if (!properties.containsKey(USER) || !properties.containsKey(INTERNAL)) {
                properties.setProperty(USER, randomSecret());
                properties.setProperty(INTERNAL, randomSecret());
                Files.createDirectories(dataDir);
                try (Writer writer = Files.newBufferedWriter(file)) {
                    properties.store(writer, "Signing secrets of the local SocialGov suite; delete to rotate");
                }
                restrictToOwner(file);
            }
            return new SuiteSecrets(properties.getProperty(USER), properties.getProperty(INTERNAL));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write " + file, e);
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system; the file keeps the platform's default permissions.
        }
    }
}
