package org.socialgov.gateway.routing;

import java.net.URI;

import io.micronaut.context.exceptions.ConfigurationException;

/**
 * A validated route: which gateway paths it owns and where they go. Paths are compared raw (still percent-encoded)
 * so that what the gateway checks is exactly what the service receives.
 *
 * @param prefix      gateway path prefix, e.g. {@code /api/contracts}, without a trailing slash
 * @param serviceBase the service URL plus the service path, e.g. {@code http://localhost:8081/contracts}
 * @param servicePath the path part of {@code serviceBase}, e.g. {@code /contracts}: what the service's own
 *                    {@code Location} headers start with
 */
public record Route(String name, String prefix, String serviceBase, String servicePath, boolean anonymous) {

    static Route of(String name, String prefix, URI url, String path, boolean anonymous) {
        if (prefix == null || !prefix.startsWith("/") || prefix.length() < 2) {
            throw new ConfigurationException("Route '" + name + "': prefix must be a path such as /api/contracts");
        }
        if (url == null || url.getScheme() == null || url.getHost() == null) {
            throw new ConfigurationException("Route '" + name + "': url must be absolute, e.g. http://localhost:8081");
        }
        String servicePath = trimSlash(nullToEmpty(url.getRawPath())) + trimSlash(nullToEmpty(path));
        String origin = url.getScheme() + "://" + url.getRawAuthority();
        return new Route(name, trimSlash(prefix), origin + servicePath, servicePath, anonymous);
    }

    /**
     * The web console's route: every path the gateway does not answer itself, forwarded as it is (no prefix is
     * taken off), with no identity (the console keeps its own sessions and calls the API like any client).
     */
    static Route console(URI url) {
        if (url == null || url.getScheme() == null || url.getHost() == null) {
            throw new ConfigurationException("The console's url must be absolute, e.g. http://localhost:8084");
        }
        String servicePath = trimSlash(nullToEmpty(url.getRawPath()));
        return new Route(CONSOLE, "", url.getScheme() + "://" + url.getRawAuthority() + servicePath, servicePath,
            true);
    }

    static final String CONSOLE = "console";

    /** Whether this route owns the given raw gateway path. */
    public boolean owns(String rawPath) {
        return rawPath.startsWith(prefix)
            && (rawPath.length() == prefix.length() || rawPath.charAt(prefix.length()) == '/');
    }

    /** The service URL for a gateway path this route owns, query string kept as sent. */
    public URI target(String rawPath, String rawQuery) {
        String rest = rawPath.substring(prefix.length());
        return URI.create(serviceBase + rest + (rawQuery == null ? "" : "?" + rawQuery));
    }

    /**
     * What the gateway puts in front of the service's own paths ({@code /api} for {@code /api/contracts} →
     * {@code /contracts}), sent as {@code X-Forwarded-Prefix} so that services can name gateway paths in their
     * answers. Empty when the route does not map that simply.
     */
    public String forwardedPrefix() {
        return prefix.endsWith(servicePath) ? prefix.substring(0, prefix.length() - servicePath.length()) : "";
    }

    /**
     * The gateway's address for a {@code Location} the service answered with ({@code /contracts/abc} or
     * {@code http://contract-service:8081/contracts/abc} become {@code /api/contracts/abc}): clients must never
     * learn, or need, the service's own address. Locations elsewhere are left alone.
     */
    public String toGatewayLocation(String location) {
        String path = location;
        String origin = serviceBase.substring(0, serviceBase.length() - servicePath.length());
        if (location.startsWith(origin)) {
            path = location.substring(origin.length());
        }
        if (!path.startsWith("/")) {
            return location;
        }
        if (servicePath.isEmpty()) {
            return prefix + path;
        }
        if (path.startsWith(servicePath) && (path.length() == servicePath.length()
            || "/?#".indexOf(path.charAt(servicePath.length())) >= 0)) {
            return prefix + path.substring(servicePath.length());
        }
        return location;
    }

    private static String trimSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
