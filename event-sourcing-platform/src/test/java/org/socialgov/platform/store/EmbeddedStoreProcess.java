package org.socialgov.platform.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs the embedded store in a process of its own, so that a test can kill it with {@code kill -9}. Prints
 * {@code PORT=<port>} once listening; exits when its standard input closes, i.e. when the test JVM is gone.
 */
public final class EmbeddedStoreProcess {

    public static final String PORT_LINE_PREFIX = "PORT=";

    private EmbeddedStoreProcess() {
    }

    public static void main(String[] args) throws IOException {
        EmbeddedMongoStore store = EmbeddedMongoStore.start(Path.of(args[0]), 0);
        System.out.println(PORT_LINE_PREFIX + store.port());
        System.out.flush();
        while (System.in.read() != -1) {
            // Nothing is ever sent; reading only notices the parent going away.
        }
        store.close();
    }
}
