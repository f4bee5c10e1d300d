package org.socialgov.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports nobody listens on, so that a suite started by a test or a benchmark never collides with one on the defaults.
 *
 * <p>The ports come from below the kernel's ephemeral range. A port the kernel hands out for {@code bind(0)} lies in
 * that range, and so does the local end of every outgoing connection: between the moment a port is picked and the
 * moment its application binds it, a service's connection to the store could take it, and the application would
 * then fail to start with "Address already in use". Below the range, only a listener can take a port.
 */
public final class FreePorts {

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    /** Below this are the well-known and commonly configured ports (databases, brokers, the suite's own defaults). */
    private static final int LOWEST = 20000;
    private static final int ATTEMPTS = 200;
    /** Ports this JVM already handed out: each is given once, even though nothing listens on it yet. */
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

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

    public static synchronized int one() {
        int highest = firstEphemeralPort() - 1;
        if (highest <= LOWEST) {
            return anyPortTheKernelGives();
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int candidate = ThreadLocalRandom.current().nextInt(LOWEST, highest + 1);
            if (!HANDED_OUT.contains(candidate) && nobodyListensOn(candidate)) {
                HANDED_OUT.add(candidate);
                return candidate;
            }
        }
        return anyPortTheKernelGives();
    }

    /** The kernel's lowest ephemeral port on Linux; elsewhere, 0 (no range known, so the kernel's choice is used). */
    private static int firstEphemeralPort() {
        try {
            // readAllLines, not readString: /proc reports a size its content does not have, and readString trusts it.
            return Integer.parseInt(Files.readAllLines(EPHEMERAL_RANGE).get(0).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException unknown) {
            return 0;
        }
    }

    private static boolean nobodyListensOn(int port) {
        // Binds on every address, as the gateway does, so that a port taken on any interface counts as taken.
        try (ServerSocket socket = new ServerSocket(port, 1, (InetAddress) null)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static int anyPortTheKernelGives() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
