package org.socialgov.gateway.store;

/**
 * The switch of the machine-client feature (client registry, token endpoint): it is on when the gateway has a
 * MongoDB to keep the clients in ({@code socialgov.gateway.mongodb-uri}, from {@code MONGODB_URI}). Without one it is
 * off, so that a gateway in front of an identity provider, or in a test, needs no database at all.
 */
public final class MachineClientsFeature {

    public static final String MONGODB_URI = "socialgov.gateway.mongodb-uri";
    public static final String DATABASE = "socialgov.gateway.database";
    /** For {@code @Requires(property = MONGODB_URI, pattern = ON)}: a URI is configured. */
    public static final String ON = "(?s).*\\S.*";
    /** For {@code @Requires(property = MONGODB_URI, pattern = OFF)}: the URI is empty. */
    public static final String OFF = "\\s*";
    /** What a caller of a switched-off endpoint is told, and what the log says at startup. */
    public static final String OFF_REASON = "Machine clients are off on this gateway: it has no MongoDB to keep them in"
        + " (MONGODB_URI is not set)";

    private MachineClientsFeature() {
    }
}
