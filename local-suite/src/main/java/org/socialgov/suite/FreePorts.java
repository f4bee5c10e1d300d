package org.socialgov.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.EnumMap;
import java.util.Map;

/** Ports nobody listens on, so that a suite started by a test or a benchmark never collides with one on the defaults. */
public final class FreePorts {

    private FreePorts() {
    }

    /** A free port for every application of the suite. */
    public static Map<SuiteApplication, Integer> forEveryApplication() {
        Map<SuiteApplication, Integer> ports = new EnumMap<>(SuiteApplication.class);
        for (SuiteApplication application : SuiteApplication.values()) {
            ports.put(application, one());
        }
        return ports;
    }

    public static int one() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
