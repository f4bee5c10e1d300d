package org.socialgov.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void everyApplicationGetsItsOwnPortBelowTheRangeOutgoingConnectionsUse() throws Exception {
        int firstEphemeral = Integer.parseInt(
            Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim().split("\\s+")[0]);

        Map<SuiteApplication, Integer> ports = FreePorts.forEveryApplication();

        assertEquals(SuiteApplication.values().length, new HashSet<>(ports.values()).size(), ports.toString());
        for (int port : ports.values()) {
            assertTrue(port >= 20000 && port < firstEphemeral, port + " lies in the ephemeral range");
        }
    }

    @Test
    void aPortIsNeverHandedOutTwice() {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            int port = FreePorts.one();
            assertTrue(seen.add(port), port + " was handed out twice");
        }
    }
}
