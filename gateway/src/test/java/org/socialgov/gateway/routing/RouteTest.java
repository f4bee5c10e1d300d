package org.socialgov.gateway.routing;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouteTest {

    private final Route contracts = Route.of("contracts", "/api/contracts", URI.create("http://contract-service:8081/"),
        "/contracts", false);

    @Test
    void ownsItsPrefixAndBelowOnly() {
        assertTrue(contracts.owns("/api/contracts"));
        assertTrue(contracts.owns("/api/contracts/c-1/history"));
        assertFalse(contracts.owns("/api/contractsx"));
        assertFalse(contracts.owns("/api"));
    }

    @Test
    void targetKeepsRestOfPathAndRawQuery() {
        assertEquals(URI.create("http://contract-service:8081/contracts/c-1?q=a%20b&x=1"),
            contracts.target("/api/contracts/c-1", "q=a%20b&x=1"));
        assertEquals(URI.create("http://contract-service:8081/contracts"), contracts.target("/api/contracts", null));
    }

    @Test
    void serviceLocationsBecomeGatewayLocations() {
        assertEquals("/api/contracts/c-1", contracts.toGatewayLocation("/contracts/c-1"));
        assertEquals("/api/contracts/c-1?v=2", contracts.toGatewayLocation("/contracts/c-1?v=2"));
        assertEquals("/api/contracts/c-1",
            contracts.toGatewayLocation("http://contract-service:8081/contracts/c-1"));
        assertEquals("/contractsx/1", contracts.toGatewayLocation("/contractsx/1"));
        assertEquals("https://example.org/contracts/1", contracts.toGatewayLocation("https://example.org/contracts/1"));
    }

    @Test
    void unsafePathsBelongToNoRoute() {
        RouteTable table = new RouteTable(List.of());
        assertTrue(table.find("/api/contracts/c-1").isEmpty());
        assertFalse(PathSafety.isSafe("/api/public/../contracts"));
        assertFalse(PathSafety.isSafe("/api/public/%2E%2E/contracts"));
        assertFalse(PathSafety.isSafe("/api/public/..%2Fcontracts"));
        assertFalse(PathSafety.isSafe("/api/public/./x"));
        assertTrue(PathSafety.isSafe("/api/public/policy.v2/..x"));
    }
}
