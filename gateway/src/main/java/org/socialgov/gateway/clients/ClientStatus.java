package org.socialgov.gateway.clients;

/** A client either works, or was revoked for good (a revoked client is kept, for the record, and never revived). */
public enum ClientStatus {
    ACTIVE,
    REVOKED
}
